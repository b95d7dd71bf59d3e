// The browser's view into the running app: C functions exported from the wasm module that
// web/index.html wraps as `window.ddbviz` (state, request, widgetRect, ...) for end-to-end tests
// and for scripting from the console.
#pragma once

namespace ddb::viz {
class App;
// The app the exported functions act on. REQUIRES: `app` outlives the page.
void SetBindingsApp(App* app);
}  // namespace ddb::viz
