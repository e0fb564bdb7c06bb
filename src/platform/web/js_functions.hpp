#pragma once
// The functions of library_leren.js (linked with --js-library), as C++ sees them. A returned
// char* is malloc'ed by the JavaScript side: free it.
extern "C" {
void js_notify_ready();
void js_notify_screen();
// Shows `text` over the canvas in the page (empty: hides it); web/boot.js, lerenGpuNote.
void js_show_gpu_note(const char* text);
void js_mark(const char* name);
// Stops the module: the page's error panel says these files came but cannot be used.
[[noreturn]] void js_stop_unreadable(const char* files);
// SDL could not make the WebGL 2 context: the page's error panel says so, and the module stops.
[[noreturn]] void js_stop_no_webgl();
char* js_query_param(const char* name);
void js_open_url(const char* url);
void js_copy(const char* text);
void js_download(const char* name, const char* mime, const char* content);
void js_open_html(const char* html);
void js_pick_file();
void js_history(int push, const char* location, const char* title);
char* js_start_location();
int js_prefers_reduced_motion();
int js_prefers_dark();
char* js_lms_kind();
char* js_lms_launch();
char* js_launch_param(const char* name);
int js_lms_call(const char* method, const char* json);
char* js_storage_get(const char* key);
int js_storage_set(const char* key, const char* value);
int js_storage_remove(const char* key);
void js_fetch_content(const char* path, int urgent);
void js_full_checks(int isCase, const char* path, const char* text, int length, int play);
void js_fetch_picture(const char* path, int id, int maxBytes, int maxSide);
void js_upload_bitmap(int handle);
void js_close_bitmap(int handle);
}
