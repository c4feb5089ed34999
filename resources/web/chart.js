// chart.js: draws the ECharts option that GovDesk's ChartBridge ("govdesk") publishes over
// QWebChannel, and reports ready, rendered, clicks and errors back to it.
'use strict';

(function () {
    // Canvas text does not inherit CSS: ECharts needs the font in the option itself, else Chinese
    // labels fall back to whatever the system's "sans-serif" resolves to.
    const fontFamily = '"Noto Sans CJK SC", "Noto Sans", sans-serif';
    const container = document.getElementById('chart');
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    let bridge = null;
    let renderPending = false;

    function render(option) {
        if (!option || Object.keys(option).length === 0) {
            chart.clear();
            return;
        }
        const textStyle = Object.assign({ fontFamily: fontFamily }, option.textStyle || {});
        // Before setOption: without animation ECharts draws, and fires 'finished', inside it.
        renderPending = true;
        try {
            chart.setOption(Object.assign({}, option, { textStyle: textStyle }), { notMerge: true });
        } catch (error) {
            renderPending = false;
            bridge.reportError(String(error));
        }
    }

    // 'finished' fires after every frame that completes the drawing (animations included); report
    // once per option.
    chart.on('finished', function () {
        if (renderPending && bridge) {
            renderPending = false;
            bridge.reportRendered();
        }
    });

    chart.on('click', function (params) {
        if (!bridge)
            return;
        const value = params.value === undefined ? null : params.value;
        bridge.reportClicked(String(params.seriesName || ''), String(params.name || ''), value);
    });

    window.addEventListener('resize', function () {
        chart.resize();
    });

    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.govdesk;
        bridge.optionChanged.connect(render);
        // Exports: the chart as drawn, at twice the pixels, on white (a PDF page is white).
        bridge.imageRequested.connect(function (requestId) {
            const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
            bridge.reportImage(requestId, url);
        });
        bridge.reportReady();
        render(bridge.option);
    });
})();
