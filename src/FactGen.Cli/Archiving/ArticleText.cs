using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactGen.Cli.Archiving;

/// <summary>
/// The text of the article in a saved web page: its paragraphs, headings, list items, quotations and captions, one
/// block each, as the page shows them, without scripts, styles, navigation, page headers and footers, asides, forms or
/// markup. Parsed by AngleSharp, the HTML5 parser of browsers, so malformed pages read as a browser reads them.
/// </summary>
internal static class ArticleText
{
    /// <summary>Elements whose content is never article text.</summary>
    private const string NeverText = "script, style, noscript, template, iframe, object, embed, svg, math, canvas, form, button, select, "
        + "nav, aside, footer, dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

    /// <summary>Elements that start a block of their own; everything else runs on within the block around it.</summary>
    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>
    /// The blocks of the article in the page <paramref name="html"/>, in page order, each with its white space
    /// collapsed as a browser collapses it (no-break spaces are kept: they are text, and quotes keep them). The page's
    /// bytes are decoded as a browser decodes them: by its byte order mark, its <c>&lt;meta charset&gt;</c>, else UTF-8.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(Stream html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var hidden in document.QuerySelectorAll(NeverText).ToList())
        {
            hidden.Remove();
        }

        var root = ArticleRoot(document);
        if (!root.LocalName.Equals("article", StringComparison.Ordinal))
        {
            // Outside an article, a header is the page's banner; inside one it holds the title and byline.
            foreach (var header in root.QuerySelectorAll("header").Where(header => header.Closest("article") is null).ToList())
            {
                header.Remove();
            }
        }

        var blocks = new List<string>();
        var block = new StringBuilder();
        Collect(root, blocks, block, preformatted: false);
        Flush(blocks, block, preformatted: false);
        return blocks;
    }

    /// <summary>
    /// The element that holds the article: of the page's <c>&lt;article&gt;</c> elements the one with the most
    /// paragraph text (pages list related stories as articles too), else <c>&lt;main&gt;</c>, else the body.
    /// </summary>
    private static IElement ArticleRoot(IDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .Where(candidate => candidate.ParentElement?.Closest("article") is null)
            .OrderByDescending(candidate => candidate.QuerySelectorAll("p").Sum(paragraph => paragraph.TextContent.Length))
            .FirstOrDefault();
        return article ?? document.QuerySelector("main, [role=main]") ?? document.Body ?? document.DocumentElement;
    }

    private static void Collect(INode node, List<string> blocks, StringBuilder block, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when preformatted:
                    block.Append(text.Data.Replace("\r\n", "\n").Replace('\r', '\n'));
                    break;
                case IText text:
                    AppendCollapsed(block, text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    block.Append('\n');
                    break;
                case IElement element when s_blocks.Contains(element.LocalName):
                    Flush(blocks, block, preformatted);
                    var inside = preformatted || element.LocalName.Equals("pre", StringComparison.Ordinal);
                    Collect(element, blocks, block, inside);
                    Flush(blocks, block, inside);
                    break;
                case IElement element:
                    Collect(element, blocks, block, preformatted);
                    break;
            }
        }
    }

    /// <summary>HTML's white space (space, tab, line feed, form feed, carriage return) collapsed to one space.</summary>
    private static void AppendCollapsed(StringBuilder block, string text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\f' or '\r')
            {
                if (block.Length > 0 && block[^1] is not (' ' or '\n'))
                {
                    block.Append(' ');
                }
            }
            else
            {
                block.Append(c);
            }
        }
    }

    /// <summary>Ends the block: its lines trimmed of collapsed spaces, unless preformatted, where only blank lines around it go.</summary>
    private static void Flush(List<string> blocks, StringBuilder block, bool preformatted)
    {
        var text = block.ToString();
        text = preformatted ? text.Trim('\n') : string.Join('\n', text.Split('\n').Select(line => line.Trim(' '))).Trim('\n');
        if (text.Length > 0)
        {
            blocks.Add(text);
        }

        block.Clear();
    }
}
