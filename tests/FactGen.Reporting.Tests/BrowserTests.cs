using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FactGen.Tests.Infrastructure;
using Xunit;
using static FactGen.Reporting.Tests.TestFacts;

namespace FactGen.Reporting.Tests;

/// <summary>
/// Debian's headless Chromium renders the page: a screenshot is taken, and a copy of the page with a measuring script
/// appended (the page itself has none, and its Content-Security-Policy would block one) writes each mark's box into
/// the DOM that <c>--dump-dom</c> prints after layout.
/// </summary>
public sealed class BrowserTests : IDisposable
{
    // Each mark's box is the union of its shapes' boxes: a range's line alone has no height.
    private const string Measure =
        "<script>for (const mark of document.querySelectorAll('.mark')) {"
        + " const boxes = [...mark.querySelectorAll('.shape, .dot')].map(shape => shape.getBoundingClientRect());"
        + " const left = Math.min(...boxes.map(b => b.left)), right = Math.max(...boxes.map(b => b.right));"
        + " const top = Math.min(...boxes.map(b => b.top)), bottom = Math.max(...boxes.map(b => b.bottom));"
        + " mark.setAttribute('data-box', [left, right, right - left, bottom - top].join(' ')); }</script>";

    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [SkippableFact]
    public void Chromium_lays_out_the_charts_with_marks_in_the_order_of_their_values()
    {
        var chromium = FindChromium();
        var report = new HtmlReport("Departures");
        report.Paragraph($"Since 2022, {Million} have left.");
        report.Chart(CitedChart.Bars("Bars", new ChartMark(Quarter), new ChartMark(Million), new ChartMark(Few), new ChartMark(Spread)));
        report.Chart(CitedChart.Dots("Dots", new ChartMark(Quarter), new ChartMark(Million), new ChartMark(Few), new ChartMark(Spread)));
        var html = report.ToHtml();
        var page = _work.Write("report.html", html);
        var screenshot = Path.Combine(_work.Path, "report.png");

        Run(chromium, $"--screenshot={screenshot} --window-size=900,1400 {new Uri(page).AbsoluteUri}");
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000, $"The screenshot has {png.Length} bytes.");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png.Take(4));

        var measured = _work.Write(
            "measured.html",
            html.Replace("<meta http-equiv=\"Content-Security-Policy\"", "<meta name=\"was-csp\"", StringComparison.Ordinal)
                .Replace("</body>", Measure + "</body>", StringComparison.Ordinal));
        var dom = ReportPage.Parse(Run(chromium, $"--dump-dom {new Uri(measured).AbsoluteUri}"));
        foreach (var svg in dom.QuerySelectorAll("svg"))
        {
            var boxes = svg.QuerySelectorAll(".mark").Select(mark => mark.GetAttribute("data-box")!.Split(' ').Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
            Assert.Equal(4, boxes.Length);
            Assert.All(boxes, box => Assert.True(box[2] > 0 && box[3] > 0, $"A mark of {svg.ClassName} has an empty box: {string.Join(" ", box)}."));
            // Values 250,000, 1 million, 40,000 and 70,000–100,000: their right ends in that order of size.
            var rightEnds = boxes.Select(box => box[1]).ToArray();
            Assert.True(rightEnds[2] < rightEnds[3] && rightEnds[3] < rightEnds[0] && rightEnds[0] < rightEnds[1], $"{svg.ClassName}: {string.Join(", ", rightEnds)}");
            // The range starts at its low end, to the right of the 40,000 mark's end.
            Assert.True(boxes[3][0] > rightEnds[2] - 8, $"{svg.ClassName}: the range starts at {boxes[3][0]}.");
        }
    }

    private static string FindChromium()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            TestPaths.Unavailable("chromium is not installed: apt-get install -y chromium (.ci/run installs it).");
        }

        return found!;
    }

    /// <summary>Runs headless Chromium as root can, with a new profile and nothing that reaches the network.</summary>
    private string Run(string chromium, string arguments)
    {
        var profile = Path.Combine(_work.Path, "profile-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(
            chromium,
            "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
            + $"--disable-component-update --disable-sync --user-data-dir={profile} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "Chromium did not finish within two minutes.");
        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {error.Result}");
        return output;
    }
}
