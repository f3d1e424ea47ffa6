"""An SVG bar chart of time ratios to the baseline, on a log scale, drawn by hand."""
import math
from xml.sax.saxutils import escape

# Fixed colours for the known implementations, so that charts of different runs compare.
KNOWN_COLOURS = {"pyxis-semispace": "#1f77b4", "pyxis-marksweep": "#6baed6",
                 "cpython3.11": "#7f7f7f", "cpython2.7": "#2ca02c", "pypy3": "#d62728"}
COLOURS = ("#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf")
TICKS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


def ratio_chart(title, groups, implementations, baseline):
    """The SVG text of a grouped bar chart.

    groups: [(label, {implementation: ratio or None})]; None draws a cross (failed or timed
    out). Bars grow from the 1.0 line: up when slower than the baseline, down when faster.
    """
    ratios = [r for _, row in groups for r in row.values() if r]
    low = min([1.0] + ratios) / 1.3
    high = max([1.0] + ratios) * 1.3
    ticks = [t for t in TICKS if low <= t <= high]
    top, bottom, left, right = 60, 130, 70, 20
    plot_height = 360
    bar = 12
    group_width = bar * len(implementations) + 14
    legend_width = 150
    width = max(left + right + group_width * len(groups),
                left + right + legend_width * len(implementations), 640)
    others = iter(COLOURS * 3)
    colours = dict((name, KNOWN_COLOURS.get(name) or next(others)) for name in implementations)
    height = top + plot_height + bottom

    def y_of(ratio):
        span = math.log(high) - math.log(low)
        return top + plot_height * (math.log(high) - math.log(ratio)) / span

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'font-family="sans-serif" font-size="11">' % (width, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="%d" y="20" font-size="14" font-weight="bold">%s</text>'
           % (left, escape(title)),
           '<text x="%d" y="38" fill="#555">time relative to %s (log scale; lower is faster;'
           ' x: failed or timed out)</text>' % (left, escape(baseline))]
    for tick in ticks:
        y = y_of(tick)
        out.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ddd"/>'
                   % (left, width - right, y, y))
        out.append('<text x="%d" y="%.1f" text-anchor="end">%gx</text>' % (left - 6, y + 4, tick))
    one = y_of(1.0)
    for index, (label, row) in enumerate(groups):
        x0 = left + index * group_width + 7
        for slot, name in enumerate(implementations):
            ratio = row.get(name)
            x = x0 + slot * bar
            colour = colours[name]
            if ratio is None:
                if name in row:
                    out.append('<text x="%.1f" y="%.1f" text-anchor="middle" fill="%s">x</text>'
                               % (x + bar / 2.0, one - 3, colour))
                continue
            y = y_of(ratio)
            out.append('<rect x="%d" y="%.1f" width="%d" height="%.1f" fill="%s">'
                       '<title>%s %s: %.2fx</title></rect>'
                       % (x, min(y, one), bar - 2, max(abs(one - y), 1.0), colour,
                          escape(label), escape(name), ratio))
        centre = x0 + bar * len(implementations) / 2.0
        base = top + plot_height + 10
        out.append('<text x="%.1f" y="%d" text-anchor="end" transform="rotate(-45 %.1f %d)">'
                   '%s</text>' % (centre, base, centre, base, escape(label)))
    out.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="black" stroke-width="1.5"/>'
               % (left, width - right, one, one))
    legend_y = height - 16
    for slot, name in enumerate(implementations):
        x = left + slot * legend_width
        out.append('<rect x="%d" y="%d" width="10" height="10" fill="%s"/>'
                   % (x, legend_y - 9, colours[name]))
        out.append('<text x="%d" y="%d">%s</text>' % (x + 14, legend_y, escape(name)))
    out.append('</svg>')
    return "\n".join(out) + "\n"
