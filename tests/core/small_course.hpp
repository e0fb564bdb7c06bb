#pragma once
// The parts of the small course the learner and LMS-report tests share: module "wmo" with the
// pages "melding" and "onderzoek", and case "casus": n1 (a better choice, "luisteren", and a
// worse one, "formulier") -> n2 (one choice) -> ending "einde".
#include <string>

#include "case_builder.hpp"
#include "core/content_model.hpp"

namespace leren::core::test {

inline Module twoPageModule() {
  Module m;
  m.id = "wmo";
  m.title = {"De Wmo", "The Wmo"};
  m.available = true;
  for (const char* id : {"melding", "onderzoek"}) {
    Page p;
    p.id = id;
    p.title = {std::string("Pagina ") + id, std::string("Page ") + id};
    m.pages.push_back(p);
  }
  return m;
}

inline Case twoStepCase() {
  Case k = CaseBuilder("casus")
               .dimension("vraag", 1)
               .number("vertrouwen", 0, 10, 5)
               .node("n1")
               .choice("luisteren", "n2", "", {"vertrouwen += 1"}, {{"vraag", 2}})
               .choice("formulier", "n2", "", {}, {{"vraag", -1}})
               .node("n2")
               .choice("afronden", "einde")
               .ending("einde")
               .build();
  k.title = {"Casus", "Case"};
  return k;
}

}  // namespace leren::core::test
