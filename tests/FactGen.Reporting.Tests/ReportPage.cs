using System.Linq;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace FactGen.Reporting.Tests;

/// <summary>A written page parsed back: strictly as HTML by AngleSharp, and each inline SVG as XML.</summary>
internal static class ReportPage
{
    /// <summary>Parses the page; a parse error (strict mode) fails the test, as does an SVG that is not well-formed XML.</summary>
    public static IHtmlDocument Parse(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
        var start = 0;
        while ((start = html.IndexOf("<svg", start, System.StringComparison.Ordinal)) >= 0)
        {
            var end = html.IndexOf("</svg>", start, System.StringComparison.Ordinal) + "</svg>".Length;
            var svg = XDocument.Parse(html.Substring(start, end - start));
            Assert.Equal("{http://www.w3.org/2000/svg}svg", svg.Root!.Name.ToString());
            start = end;
        }

        return document;
    }

    /// <summary>The footnote entry a link points to.</summary>
    public static IElement NoteOf(IDocument page, IElement link)
    {
        var target = link.GetAttribute("href")!;
        Assert.StartsWith("#fn-", target);
        var note = page.GetElementById(target.Substring(1));
        Assert.NotNull(note);
        Assert.Equal("LI", note!.TagName);
        return note;
    }

    /// <summary>The numbers of an attribute of each element, in document order.</summary>
    public static double[] Numbers(IDocument page, string selector, string attribute) =>
        page.QuerySelectorAll(selector).Select(e => double.Parse(e.GetAttribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
