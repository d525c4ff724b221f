using System;
using System.Globalization;
using System.Text.RegularExpressions;
using FactGen.Model.Parsing;

namespace FactGen.Model.Verification;

/// <summary>
/// The locators FactGen writes (<c>paragraph 3, line 12</c>) and the parts of a written locator it can hold against
/// the archive: a paragraph (<c>paragraph 3</c>, <c>para. 3</c>, <c>¶ 3</c>), a line or lines (<c>line 12</c>,
/// <c>lines 12-14</c>) and a file name (<c>004_article.txt</c>). Anything else, such as a page, is left unchecked.
/// </summary>
public static class Locators
{
    private static readonly Regex s_paragraph = new(@"(?:\bparagraph|\bpara\.?|¶)\s*(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex s_lines = new(@"\blines?\s*(\d+)(?:\s*(?:-|–|to)\s*(\d+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex s_fileName = new(@"[^\s,;()/\\]+\.(?:txt|md)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The locator of a place: <c>paragraph 3, line 12</c>.</summary>
    public static string Place(int paragraph, int line)
        => string.Format(CultureInfo.InvariantCulture, "paragraph {0}, line {1}", paragraph, line);

    /// <summary>
    /// Whether <paramref name="locator"/> agrees with a place of the archive <paramref name="fileName"/>; null when it
    /// names nothing that can be checked.
    /// </summary>
    public static bool? Agrees(string locator, string fileName, int paragraph, int line)
    {
        bool? agrees = null;
        foreach (Match file in s_fileName.Matches(locator))
        {
            agrees = (agrees ?? true) && string.Equals(Names.FileNameOf(file.Value), fileName, StringComparison.OrdinalIgnoreCase);
        }

        if (s_paragraph.Match(locator) is { Success: true } written)
        {
            agrees = (agrees ?? true) && Number(written.Groups[1]) == paragraph;
        }

        if (s_lines.Match(locator) is { Success: true } lines)
        {
            var first = Number(lines.Groups[1]);
            var last = lines.Groups[2].Success ? Number(lines.Groups[2]) : first;
            agrees = (agrees ?? true) && first <= line && line <= last;
        }

        return agrees;
    }

    private static long Number(Group group)
        => long.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
}
