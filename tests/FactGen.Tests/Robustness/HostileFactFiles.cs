using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Model.Parsing;
using FactGen.Tests.Infrastructure;

namespace FactGen.Tests.Robustness;

/// <summary>A source as the YAML declares it.</summary>
public sealed record ExpectedSource(string Id, string Publisher, string Title, string Author);

/// <summary>A fact as the YAML declares it, with the value the runtime must hold.</summary>
public sealed record ExpectedFact(
    string Id, string Claim, object Value, string Unit, Precision Precision, Period? Period, string Quote, string AttributedTo, string Locator, ExpectedSource Source);

/// <summary>A dataset row as the YAML declares it.</summary>
public sealed record ExpectedRow(string Words, long Count, string Quote, ExpectedSource Source);

/// <summary>A dataset as the YAML declares it.</summary>
public sealed record ExpectedDataset(string Id, IReadOnlyList<ExpectedRow> Rows);

/// <summary>A generated fact file: its text and what it declares.</summary>
public sealed record ExpectedFile(TestFactFile File, IReadOnlyList<ExpectedFact> Facts, IReadOnlyList<ExpectedDataset> Datasets)
{
    public string ClassName => Names.ClassNameOf(File.Path);
}

/// <summary>
/// Writes random valid fact files whose every text holds characters that have broken generators before (quotes,
/// comment and XML terminators, line breaks of every kind, NUL, bidi controls, lone surrogates, preprocessor
/// directives) and whose ids are C# keywords, Unicode words, leading digits, or differ from another only in case.
/// </summary>
public sealed class HostileFactFiles
{
    /// <summary>Fragments that a string literal, a comment or XML docs must not let through as code or markup.</summary>
    public static readonly IReadOnlyList<string> HostileFragments = new[]
    {
        "\"", "\\", "\"\"\"", "'", "`", "*/", "/*", "//", "///", "</summary>", "<summary>", "<", ">", "&", "&amp;", "&#x0;",
        "<![CDATA[", "]]>", "<!--", "\r", "\n", "\r\n", "\n\r", "\t", "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u009F",
        "\u2028", "\u2029", "\u202E", "\u202C", "\u200F", "\u2066", "\uFEFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
        "\uD83D\uDE00", "👨‍👩‍👧", "🇷🇺", "{", "}", "{0}", "{{", "$\"{x}\"", "@\"", "\\u0022", "\\n", "#if DEBUG", "#endif",
        "#line 1 \"evil.cs\"", "#pragma warning disable", "#error", "é", "ß", "日本語", "Ω", "  ", " ", "%", "null", "~",
    };

    /// <summary>Ids that are C# keywords or contextual keywords.</summary>
    public static readonly IReadOnlyList<string> KeywordIds = new[]
    {
        "class", "int", "namespace", "return", "new", "this", "base", "true", "null", "default", "static", "void", "object", "string",
        "var", "async", "await", "record", "value", "get", "set", "init", "nameof", "dynamic", "global", "partial", "yield", "when",
        "where", "field", "file", "required", "scoped", "with", "and", "or", "not",
    };

    /// <summary>Ids that name members every class inherits from System.Object: reported as FG0204, never generated.</summary>
    public static readonly IReadOnlyList<string> ObjectMemberIds = new[]
    {
        "equals", "to-string", "get-hash-code", "get-type", "reference-equals", "memberwise-clone", "finalize",
    };

    /// <summary>Ids in other scripts, and ids that start with a digit.</summary>
    public static readonly IReadOnlyList<string> UnicodeAndDigitIds = new[]
    {
        "émigrés", "данные", "日本語", "ǅemal", "straße", "σίγμα", "٣-arabic-digit", "2022-exodus", "1st", "007", "9.5-percent", "x٣",
    };

    // No qualifier ("about") or multiplier ("million") among them: a quote states its figure first, as written, and
    // what follows must neither change the figure (FG0301) nor contradict the precision (FG0302).
    private static readonly string[] Words = { "people", "left", "Russia", "since", "IT", "specialists", "engineers", "Yerevan", "Berlin", "Tbilisi" };
    private static readonly string[] PrecisionWords = { "exact", "about", "estimated", "at-least", "more-than", "as-many-as", "up-to", "less-than" };

    private readonly Random _random;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _classNames = new(StringComparer.OrdinalIgnoreCase);

    public HostileFactFiles(Random random) => _random = random;

    /// <summary><paramref name="count"/> files of <paramref name="factsPerFile"/> facts and one dataset each.</summary>
    public IReadOnlyList<ExpectedFile> Files(int count, int factsPerFile)
        => Enumerable.Range(0, count).Select(index => File(index, factsPerFile)).ToList();

    /// <summary>A hostile text that is not blank (a blank optional text reads as absent).</summary>
    private string Text()
    {
        while (true)
        {
            var builder = new StringBuilder();
            var parts = _random.Next(1, 8);
            for (var i = 0; i < parts; i++)
            {
                builder.Append(_random.Next(3) == 0 ? Words[_random.Next(Words.Length)] : HostileFragments[_random.Next(HostileFragments.Count)]);
            }

            var text = builder.ToString();
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }
    }

    /// <summary>
    /// <paramref name="value"/> as a YAML double-quoted scalar that reads back as exactly <paramref name="value"/>. YAML
    /// has no escape for a lone surrogate (YamlDotNet rejects <c>"\uD800"</c>), so one is written as itself, as an
    /// editor's in-memory text can hold it; a file read from disk as UTF-8 cannot.
    /// </summary>
    private string Quoted(string value)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\t' => _random.Next(2) == 0 ? "\\t" : null,
                '\n' => "\\n",
                '\r' => "\\r",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when c < ' ' || (c >= '\u007F' && c <= '\u009F') => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                '\uFEFF' or '\u202E' or '\u202C' or '\u200F' or '\u2066' when _random.Next(2) == 0 => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            builder.Append(escape ?? c.ToString());
        }

        return builder.Append('"').ToString();
    }

    private ExpectedFile File(int index, int factsPerFile)
    {
        string className;
        string path;
        do
        {
            path = $"/project/facts/{index}-{Id()}.yaml";
            className = Names.ClassNameOf(path);
        }
        while (!_classNames.Add(className));

        // Member names must differ within the class, and from the class itself (ids that would hide an inherited member
        // are never drawn).
        var members = new HashSet<string>(StringComparer.Ordinal) { className };
        var sources = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => new ExpectedSource(UniqueId(), Text(), Text(), Text())).ToList();
        var yaml = new StringBuilder("sources:\n");
        foreach (var source in sources)
        {
            yaml.Append("  ").Append(Quoted(source.Id)).Append(":\n")
                .Append("    publisher: ").Append(Quoted(source.Publisher)).Append('\n')
                .Append("    title: ").Append(Quoted(source.Title)).Append('\n')
                .Append("    author: ").Append(Quoted(source.Author)).Append('\n');
        }

        yaml.Append("facts:\n");
        var facts = new List<ExpectedFact>();
        string? previousId = null;
        for (var i = 0; i < factsPerFile; i++)
        {
            // Every third id differs from the one before only in the case of a letter inside a word.
            var id = previousId is not null && i % 3 == 2 && CaseTwin(previousId) is { } twin && _ids.Add(twin) ? twin : UniqueId();
            if (!members.Add(Names.ToPascalCase(id)))
            {
                continue;
            }

            previousId = id;
            var (written, value) = Figure();
            string? periodText = null;
            var period = _random.Next(3) == 0 ? null : Period(out periodText);
            var fact = new ExpectedFact(
                id, Text(), value, Text(), (Precision)_random.Next(PrecisionWords.Length), period, written + " " + Text(), Text(), Text(), sources[_random.Next(sources.Count)]);
            facts.Add(fact);
            yaml.Append("  - id: ").Append(Quoted(fact.Id)).Append('\n')
                .Append("    claim: ").Append(Quoted(fact.Claim)).Append('\n')
                .Append("    value: ").Append(Quoted(written)).Append('\n')
                .Append("    unit: ").Append(Quoted(fact.Unit)).Append('\n')
                .Append("    precision: ").Append(PrecisionWords[(int)fact.Precision]).Append('\n')
                .Append(periodText is null ? string.Empty : $"    period: {periodText}\n")
                .Append("    source: ").Append(Quoted(fact.Source.Id)).Append('\n')
                .Append("    quote: ").Append(Quoted(fact.Quote)).Append('\n')
                .Append("    attributed_to: ").Append(Quoted(fact.AttributedTo)).Append('\n')
                .Append("    locator: ").Append(Quoted(fact.Locator)).Append('\n');
        }

        var datasets = new List<ExpectedDataset>();
        var datasetId = UniqueId();
        if (members.Add(Names.ToPascalCase(datasetId)) && members.Add(Names.ToPascalCase(datasetId) + "Row"))
        {
            var rows = Enumerable.Range(0, _random.Next(1, 4))
                .Select(_ => _random.Next())
                .Select(count => new ExpectedRow(Text(), count, count.ToString(CultureInfo.InvariantCulture) + " " + Text(), sources[_random.Next(sources.Count)]))
                .ToList();
            datasets.Add(new ExpectedDataset(datasetId, rows));
            yaml.Append("datasets:\n")
                .Append("  - id: ").Append(Quoted(datasetId)).Append('\n')
                .Append("    columns:\n      words: text\n      count: integer\n")
                .Append("    rows:\n");
            foreach (var row in rows)
            {
                yaml.Append("      - words: ").Append(Quoted(row.Words)).Append('\n')
                    .Append("        count: ").Append(row.Count.ToString(CultureInfo.InvariantCulture)).Append('\n')
                    .Append("        source: ").Append(Quoted(row.Source.Id)).Append('\n')
                    .Append("        quote: ").Append(Quoted(row.Quote)).Append('\n');
            }
        }

        return new ExpectedFile(new TestFactFile(path, yaml.ToString()), facts, datasets);
    }

    /// <summary>An id not used before in this set of files (ids are unique in a compilation).</summary>
    private string UniqueId()
    {
        while (true)
        {
            var id = Id();
            if (_ids.Add(id))
            {
                return id;
            }
        }
    }

    private string Id()
    {
        var pick = _random.Next(4);
        var id = pick switch
        {
            0 => KeywordIds[_random.Next(KeywordIds.Count)],
            1 => UnicodeAndDigitIds[_random.Next(UnicodeAndDigitIds.Count)],
            _ => Words[_random.Next(Words.Length)].ToLowerInvariant() + "-" + Words[_random.Next(Words.Length)],
        };

        // A suffix now and then, so that the small pools still give many distinct ids.
        return _random.Next(2) == 0 ? id : id + (_random.Next(3) switch { 0 => "-", 1 => "_", _ => "." }) + _random.Next(100).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary><paramref name="id"/> with one ASCII letter inside a word flipped in case, or null when it has none.</summary>
    private static string? CaseTwin(string id)
    {
        for (var i = 1; i < id.Length; i++)
        {
            if (id[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') && char.IsLetterOrDigit(id[i - 1]))
            {
                var flipped = char.IsUpper(id[i]) ? char.ToLowerInvariant(id[i]) : char.ToUpperInvariant(id[i]);
                return id.Substring(0, i) + flipped + id.Substring(i + 1);
            }
        }

        return null;
    }

    /// <summary>A figure as an analyst writes it, and the value the runtime must hold for it.</summary>
    private (string Written, object Value) Figure()
    {
        var whole = (long)(_random.NextDouble() * 1_000_000_000_000);
        var cents = _random.Next(1, 100);
        switch (_random.Next(6))
        {
            case 0:
                return (whole.ToString("N0", CultureInfo.InvariantCulture), whole);
            case 1:
                var exact = whole + (cents / 100m);
                return (exact.ToString(CultureInfo.InvariantCulture), exact);
            case 2:
                var share = cents + (_random.Next(10) / 10m);
                return (share.ToString(CultureInfo.InvariantCulture) + "%", new Percentage(share));
            case 3:
                return ("USD " + whole.ToString("N0", CultureInfo.InvariantCulture), new Money(whole, "USD"));
            case 4:
                var high = whole + cents;
                return ($"{whole.ToString(CultureInfo.InvariantCulture)}-{high.ToString(CultureInfo.InvariantCulture)}", new Range<long>(whole, high));
            default:
                return (((whole % 100_000) + 100).ToString(CultureInfo.InvariantCulture), (whole % 100_000) + 100);
        }
    }

    private Period? Period(out string? written)
    {
        var start = new PartialDate(_random.Next(1990, 2020), _random.Next(2) == 0 ? null : _random.Next(1, 13));
        written = start.ToString();
        if (_random.Next(2) == 0)
        {
            return new Period(start);
        }

        var end = new PartialDate(_random.Next(2020, 2030));
        written += "/" + end;
        return new Period(start, end);
    }
}
