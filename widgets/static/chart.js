// ChartView's front end (anywidget ESM): the kernel's static SVG first, then the same Vega-Lite spec as a
// live vega-embed view with tooltips, zoom/pan and click-to-select, all offline.
//
// Vega, Vega-Lite and vega-embed are not fetched from any host: the first chart on a page asks its kernel
// for vl-convert's bundle (one custom message, the bundle as a binary buffer), imports it from a blob: URL
// and every later chart reuses window.vegaEmbed. Without a kernel (a saved notebook reopened, nbconvert,
// a front end without the bundle) nothing answers and the static SVG stays: the chart is never blank.

const WAIT_MS = 20000;

function loadVega(model) {
  if (window.vegaEmbed) return Promise.resolve(window.vegaEmbed);
  if (window.__insightVega) return window.__insightVega;
  const pending = new Promise((resolve, reject) => {
    const fail = (error) => {
      model.off("msg:custom", onMessage);
      if (window.__insightVega === pending) window.__insightVega = null;  // a later chart may try again
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error("no kernel answered")), WAIT_MS);
    async function onMessage(msg, buffers) {
      if (!msg || msg.type !== "vega-bundle") return;
      clearTimeout(timer);
      model.off("msg:custom", onMessage);
      try {
        const data = buffers && buffers[0];
        const bytes = data && data.buffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data;
        const url = URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
        await import(/* webpackIgnore: true */ url);
        URL.revokeObjectURL(url);
        if (!window.vegaEmbed) throw new Error("the bundle did not define vegaEmbed");
        resolve(window.vegaEmbed);
      } catch (error) {
        fail(error);
      }
    }
    model.on("msg:custom", onMessage);
    try {
      model.send({ type: "vega-bundle" });
    } catch (error) {
      clearTimeout(timer);
      fail(error);
    }
  });
  window.__insightVega = pending;
  return pending;
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
    let embed;
    try {
      embed = await loadVega(model);
    } catch (error) {
      return;  // offline without a kernel: the static SVG stays
    }
    if (token !== drawing) return;
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
  model.on("change:spec", draw);
  model.on("change:value", onValue);
  model.on("change:selection", applySelection);
  draw();
  return () => {
    drawing++;
    model.off("change:spec", draw);
    model.off("change:value", onValue);
    model.off("change:selection", applySelection);
    if (finalize) finalize();
  };
}

export default { render };
