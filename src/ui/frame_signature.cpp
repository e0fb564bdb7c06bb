#include "ui/frame_signature.hpp"

#include <imgui.h>

#include <cstring>
#include <functional>
#include <string_view>

namespace leren::ui {
namespace {

// Mixes `value` into `seed` (the 64-bit form of boost::hash_combine).
void mix(std::uint64_t& seed, std::uint64_t value) {
  seed ^= value + 0x9e3779b97f4a7c15ULL + (seed << 12) + (seed >> 4);
}

void mixFloat(std::uint64_t& seed, float f) {
  std::uint32_t bits = 0;
  std::memcpy(&bits, &f, sizeof bits);
  mix(seed, bits);
}

// A buffer's bytes through the standard library's string hash (libc++: CityHash/Murmur, about a
// gigabyte a second): a frame's few hundred kilobytes cost well under a millisecond.
template <typename T>
void mixBytes(std::uint64_t& seed, const ImVector<T>& items) {
  const std::string_view bytes(reinterpret_cast<const char*>(items.Data), sizeof(T) * static_cast<size_t>(items.Size));
  mix(seed, std::hash<std::string_view>{}(bytes));
}

}  // namespace

std::uint64_t frameSignature(const ImDrawData& data, std::uint32_t clearColor) {
  std::uint64_t seed = 0;
  mix(seed, clearColor);
  mixFloat(seed, data.DisplayPos.x);
  mixFloat(seed, data.DisplayPos.y);
  mixFloat(seed, data.DisplaySize.x);
  mixFloat(seed, data.DisplaySize.y);
  mixFloat(seed, data.FramebufferScale.x);
  mixFloat(seed, data.FramebufferScale.y);
  mix(seed, static_cast<std::uint64_t>(data.CmdListsCount));
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& list = *data.CmdLists[i];
    // ImDrawVert has no padding (two ImVec2 and a colour): its bytes are its fields.
    static_assert(sizeof(ImDrawVert) == 2 * sizeof(ImVec2) + sizeof(ImU32));
    mixBytes(seed, list.VtxBuffer);
    mixBytes(seed, list.IdxBuffer);
    // Commands field by field: ImDrawCmd has padding, whose bytes are not part of it.
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      mixFloat(seed, cmd.ClipRect.x);
      mixFloat(seed, cmd.ClipRect.y);
      mixFloat(seed, cmd.ClipRect.z);
      mixFloat(seed, cmd.ClipRect.w);
      mix(seed, reinterpret_cast<std::uintptr_t>(cmd.TextureId));
      mix(seed, cmd.VtxOffset);
      mix(seed, cmd.IdxOffset);
      mix(seed, cmd.ElemCount);
      mix(seed, reinterpret_cast<std::uintptr_t>(cmd.UserCallback));
      mix(seed, reinterpret_cast<std::uintptr_t>(cmd.UserCallbackData));
    }
  }
  return seed;
}

}  // namespace leren::ui
