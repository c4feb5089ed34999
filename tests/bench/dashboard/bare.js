// bare.js: one ECharts instance per option, in a 2 × 2 grid when there are several.
'use strict';

function draw(options) {
    const root = document.getElementById('charts');
    root.className = options.length > 1 ? 'grid' : '';
    let pending = options.length;
    options.forEach(function (option) {
        const box = document.createElement('div');
        root.appendChild(box);
        const chart = echarts.init(box, null, { renderer: 'canvas' });
        let done = false;
        chart.on('finished', function () {
            if (done)
                return;
            done = true;
            if (--pending === 0)
                document.title = 'rendered';
        });
        chart.setOption(option);
    });
}
