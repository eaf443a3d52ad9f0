// ChartView's front end (anywidget ESM): the kernel's static SVG first, then the same Vega-Lite spec as a
// live vega-embed view with tooltips, zoom/pan and click-to-select, all offline.
//
// Vega, Vega-Lite and vega-embed are not fetched from any host: the first chart on a page asks its kernel
// for vl-convert's bundle (one custom message, the bundle as a binary buffer), imports it from a blob: URL
// and every later chart reuses window.vegaEmbed. Without a kernel (a saved notebook reopened, nbconvert,
// a front end without the bundle) nothing answers and the static SVG stays: the chart is never blank.

const ASK_AGAIN_MS = 30000;  // a request nobody answered (no kernel) may be repeated by a later chart
const READY = "insight-vega-ready";

// Ask the kernel for the bundle, at most once per ASK_AGAIN_MS on a page. The answer may come late: a busy
// kernel (Run All) handles the request after its cells, so every chart keeps listening and redraws on READY.
function askForVega(model) {
  const last = window.__insightVegaAsked || 0;
  if (window.vegaEmbed || Date.now() - last < ASK_AGAIN_MS) return;
  window.__insightVegaAsked = Date.now();
  try {
    model.send({ type: "vega-bundle" });
  } catch (error) {
    window.__insightVegaAsked = 0;  // no comm (a saved notebook without its kernel): stay static
  }
}

async function receiveVega(msg, buffers) {
  if (!msg || msg.type !== "vega-bundle" || window.vegaEmbed || window.__insightVegaLoading) return;
  window.__insightVegaLoading = true;
  try {
    const data = buffers && buffers[0];
    const bytes = data && data.buffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data;
    const url = URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
    await import(/* webpackIgnore: true */ url);
    URL.revokeObjectURL(url);
  } finally {
    window.__insightVegaLoading = false;
  }
  if (window.vegaEmbed) window.dispatchEvent(new Event(READY));
}

function darkTheme() {
  const light = document.body && document.body.dataset ? document.body.dataset.jpThemeLight : undefined;
  return light === "false";
}

function render({ model, el }) {
  el.classList.add("insight-chart-view");
  const still = document.createElement("div");
  still.className = "insight-chart-static";
  const live = document.createElement("div");
  live.className = "insight-chart-live";
  el.append(still, live);
  let view = null;
  let finalize = null;
  let drawing = 0;

  const applySelection = () => {
    if (view && model.get("field")) {
      const value = model.get("selection");
      view.signal("insight_pick", value === undefined ? null : value).runAsync();
    }
  };

  const draw = async () => {
    const token = ++drawing;
    still.innerHTML = model.get("value") || "";
    still.style.display = "";
    if (finalize) finalize();
    finalize = null;
    view = null;
    live.innerHTML = "";
    el.dataset.interactive = "false";
    el.dataset.field = model.get("field") || "";
    const spec = model.get("spec");
    if (!spec || !Object.keys(spec).length) return;
    const embed = window.vegaEmbed;
    if (!embed) {
      askForVega(model);  // until READY (or forever, without a kernel) the static SVG stays
      return;
    }
    const options = {
      renderer: "svg",
      actions: false,
      tooltip: { theme: darkTheme() ? "dark" : "light" },
    };
    const locale = model.get("format_locale");
    if (locale && Object.keys(locale).length) options.formatLocale = locale;
    let result;
    try {
      result = await embed(live, structuredClone(spec), options);
    } catch (error) {
      live.innerHTML = "";
      return;  // a spec the browser cannot draw: keep the kernel's SVG
    }
    if (token !== drawing) {
      result.finalize();
      return;
    }
    view = result.view;
    finalize = result.finalize;
    still.style.display = "none";
    const field = model.get("field");
    if (field) {
      view.addEventListener("click", (_event, item) => {
        const datum = item && item.datum;
        const value = datum && Object.prototype.hasOwnProperty.call(datum, field) ? datum[field] : null;
        const next = value !== null && value === model.get("selection") ? null : value;  // a second click clears
        model.set("selection", next);
        model.save_changes();
        applySelection();
      });
      applySelection();
    }
    el.dataset.interactive = "true";
  };

  const onValue = () => {
    if (!view) still.innerHTML = model.get("value") || "";
  };
  const onMessage = (msg, buffers) => receiveVega(msg, buffers);
  const onReady = () => {
    if (!view) draw();
  };
  model.on("change:spec", draw);
  model.on("change:value", onValue);
  model.on("change:selection", applySelection);
  model.on("msg:custom", onMessage);
  window.addEventListener(READY, onReady);
  draw();
  return () => {
    drawing++;
    window.removeEventListener(READY, onReady);
    model.off("msg:custom", onMessage);
    model.off("change:spec", draw);
    model.off("change:value", onValue);
    model.off("change:selection", applySelection);
    if (finalize) finalize();
  };
}

export default { render };
