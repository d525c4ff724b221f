using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactGen.Model.Text;
using FactGen.Model.Yaml;

namespace FactGen.Model.Parsing;

/// <summary>
/// Parses one fact file into its located model. Never throws for bad input: every problem becomes a
/// <see cref="FactDiagnostic"/> at its place, and only the entry it breaks is left out of the model.
/// </summary>
public static class FactFileParser
{
    /// <summary>The keys of a fact file.</summary>
    public static readonly IReadOnlyList<string> FileKeys = new[] { "sources", "facts", "datasets" };

    /// <summary>The keys of a source.</summary>
    public static readonly IReadOnlyList<string> SourceKeys = new[] { "publisher", "title", "author", "published", "url", "retrieved", "archive", "match" };

    /// <summary>The keys of a fact.</summary>
    public static readonly IReadOnlyList<string> FactKeys = new[]
    {
        "id", "claim", "value", "unit", "precision", "period", "source", "quote", "attributed_to", "locator", "superseded_by", "rank", "type", "share", "measure", "scope",
    };

    /// <summary>The keys of a dataset.</summary>
    public static readonly IReadOnlyList<string> DatasetKeys = new[] { "id", "claim", "row", "columns", "rows" };

    /// <summary>The keys of a dataset row besides its columns.</summary>
    public static readonly IReadOnlyList<string> CitationKeys = new[] { "source", "quote", "attributed_to", "locator" };

    /// <summary>The words <c>precision:</c> takes, in the order of <see cref="Precision"/>.</summary>
    public static readonly IReadOnlyList<string> PrecisionWords = new[] { "exact", "about", "estimated", "at-least", "more-than", "as-many-as", "up-to", "less-than" };

    /// <summary>The words <c>match:</c> takes, in the order of <see cref="QuoteMatch"/>.</summary>
    public static readonly IReadOnlyList<string> MatchWords = new[] { "exact", "normalized" };

    /// <summary>The words <c>rank:</c> takes, in the order of <see cref="Rank"/>.</summary>
    public static readonly IReadOnlyList<string> RankWords = new[] { "normal", "preferred", "deprecated" };

    private static readonly IReadOnlyList<string> s_booleanWords = new[] { "false", "true" };

    /// <summary>The kinds a value or column may be declared as.</summary>
    public static readonly IReadOnlyList<string> TypeWords = new[] { "text", "integer", "decimal", "percentage", "money", "year", "date", "boolean" };

    /// <summary>
    /// Parses <paramref name="text"/>, the content of the fact file at <paramref name="path"/>, within
    /// <paramref name="limits"/> (<see cref="FactFileLimits.Default"/> when null). A fault of FactGen's own becomes an
    /// FG0000 diagnostic on the file rather than an exception that would crash the compiler's host; only a cancelled
    /// <paramref name="cancellationToken"/> throws.
    /// </summary>
    public static FactFile Parse(string path, string text, FactFileLimits? limits = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return ParseUnguarded(path, text, limits ?? FactFileLimits.Default, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostic = FactDiagnostic.Create(FactRules.InternalError, path, TextRange.FileStart, $"{exception.GetType().Name}: {exception.Message}");
            return new FactFile(path, Names.ClassNameOf(path), default, default, default, new EquatableArray<FactDiagnostic>(new[] { diagnostic }));
        }
    }

    private static FactFile ParseUnguarded(string path, string text, FactFileLimits limits, CancellationToken cancellationToken)
    {
        var context = new ParseContext(path);
        if (text.Length > limits.MaxFileSize)
        {
            context.Report(FactRules.FileTooLarge, FirstLineOf(text), text.Length.ToString("N0", CultureInfo.InvariantCulture), limits.MaxFileSize.ToString("N0", CultureInfo.InvariantCulture));
            return Empty(path, context);
        }

        // Facts are read as the YAML is, each as soon as its entry is complete (see YamlItemTaker): only the first
        // 'facts:' of the file, since a repeated key is reported and left out. What is not taken (a list reached
        // through an alias) is read from the tree below.
        var facts = new List<FactSpec>();
        YamlScalar? factsKey = null;
        bool TakeFact(YamlScalar key, YamlNode item)
        {
            if (key.Value != "facts" || (factsKey ??= key) != key)
            {
                return false;
            }

            AddFact(item);
            return true;
        }

        void AddFact(YamlNode item)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadFact(context, item) is { } fact)
            {
                facts.Add(fact);
            }
        }

        var read = YamlTreeReader.Read(text, limits, TakeFact, cancellationToken);
        if (read.SyntaxError is { } syntaxError)
        {
            context.Report(FactRules.SyntaxError, syntaxError.Range, syntaxError.Message);
        }

        if (read.ExceededLimit is { } exceeded)
        {
            context.Report(exceeded.Rule, exceeded.Range, exceeded.Limit.ToString("N0", CultureInfo.InvariantCulture));
        }

        if (read.ExtraDocument is { } extraDocument)
        {
            context.Report(FactRules.ExtraDocument, extraDocument);
        }

        var sources = new List<SourceSpec>();
        var datasets = new List<DatasetSpec>();
        switch (read.Root)
        {
            case null or YamlScalar { IsNull: true }:
                if (read.SyntaxError is null && read.ExceededLimit is null)
                {
                    context.Report(FactRules.EmptyFile, read.Root?.Range ?? TextRange.FileStart);
                }

                break;
            case YamlMapping root:
                var file = new MappingReader(context, root, "fact file", FileKeys);
                ReadSources(context, file.Mapping("sources", "a source id followed by its publisher, title and date"), sources);
                foreach (var item in Items(file.Sequence("facts", "a list of facts, each starting with '- id:'")))
                {
                    AddFact(item);
                }

                foreach (var item in Items(file.Sequence("datasets", "a list of datasets, each starting with '- id:'")))
                {
                    if (ReadDataset(context, item, cancellationToken) is { } dataset)
                    {
                        datasets.Add(dataset);
                    }
                }

                break;
            default:
                context.Report(FactRules.NotAMapping, read.Root.Range, read.Root.KindName);
                break;
        }

        return new FactFile(
            path,
            Names.ClassNameOf(path),
            sources.ToEquatableArray(),
            facts.ToEquatableArray(),
            datasets.ToEquatableArray(),

            // In the order of the text, whatever the order they were found in (facts are read with the YAML).
            context.Diagnostics.OrderBy(diagnostic => diagnostic.Range.Start).ToEquatableArray());
    }

    private static FactFile Empty(string path, ParseContext context)
        => new(path, Names.ClassNameOf(path), default, default, default, context.Diagnostics.ToEquatableArray());

    /// <summary>The first line of <paramref name="text"/>, at most a hundred characters: where to report on the file as a whole.</summary>
    private static TextRange FirstLineOf(string text)
    {
        var end = 0;
        while (end < text.Length && end < 100 && text[end] is not ('\n' or '\r'))
        {
            end++;
        }

        return new TextRange(0, end, 0, 0, 0, end);
    }

    /// <summary>The items of a list that a syntax error did not cut short.</summary>
    private static IEnumerable<YamlNode> Items(YamlSequence? sequence)
        => sequence is null ? Enumerable.Empty<YamlNode>() : sequence.Items.Where(item => !item.IsIncomplete);

    private static void ReadSources(ParseContext context, YamlMapping? mapping, List<SourceSpec> sources)
    {
        if (mapping is null)
        {
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is not YamlScalar key || entry.Value.IsIncomplete)
            {
                continue;
            }

            if (!Names.IsValidId(key.Value))
            {
                context.Report(FactRules.InvalidId, key.Range, key.Value);
                continue;
            }

            if (entry.Value is YamlScalar { IsNull: true })
            {
                sources.Add(new SourceSpec(key.Value, key.Range, null, null, null, null, null, null));
                continue;
            }

            if (entry.Value is not YamlMapping fields)
            {
                context.Report(FactRules.WrongNodeKind, entry.Value.Range, key.Value, "a mapping", entry.Value.KindName, "the source's publisher, title, author and dates, one per line");
                continue;
            }

            var reader = new MappingReader(context, fields, "source", SourceKeys);
            var published = ReadDate(context, reader, "published");
            var retrieved = ReadDate(context, reader, "retrieved");
            if (published is { } p && retrieved is { } r && r.CompareTo(p) < 0)
            {
                context.Report(FactRules.RetrievedBeforePublished, reader.Scalar("retrieved")!.Range, r.ToString(), p.ToString());
            }

            var url = reader.Text("url");
            if (url is not null && !IsHttpUrl(url))
            {
                context.Report(FactRules.InvalidUrl, reader.Scalar("url")!.Range, url);
                url = null;
            }

            var match = ReadChoice(context, reader, "match", MatchWords, QuoteMatch.Exact);
            var archive = reader.Text("archive") is { } name && name.Trim().Length > 0
                ? new ArchiveSpec(name.Trim(), context.Path, reader.Scalar("archive")!.Range, match)
                : null;
            if (archive is null && reader.Text("match") is { } matchWord && IndexOf(MatchWords, matchWord.Trim()) >= 0)
            {
                context.Report(FactRules.MatchWithoutArchive, reader.Scalar("match")!.Range, matchWord.Trim(), key.Value);
            }

            sources.Add(new SourceSpec(key.Value, key.Range, reader.Text("publisher"), reader.Text("title"), reader.Text("author"), published, url, retrieved, archive));
        }
    }

    private static bool IsHttpUrl(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static DateValue? ReadDate(ParseContext context, MappingReader reader, string key)
    {
        var text = reader.Text(key);
        if (text is null)
        {
            return null;
        }

        if (DateReader.TryReadDate(text, out var date))
        {
            return date;
        }

        context.Report(FactRules.InvalidDate, reader.Scalar(key)!.Range, text, "date", DateReader.DateForms);
        return null;
    }

    private static FactSpec? ReadFact(ParseContext context, YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            context.Report(FactRules.WrongNodeKind, node.Range, "facts", "a list of mappings", $"an item that is {node.KindName}", "each fact as '- id: …' with its keys below");
            return null;
        }

        var reader = new MappingReader(context, mapping, "fact", FactKeys);
        var id = ReadId(context, reader);
        var claim = reader.Required("claim", "what the figure counts, in words");
        var type = ReadType(context, reader, "type", FactRules.UnknownChoice);
        var value = ReadFigure(context, reader, type);
        var citation = ReadCitation(context, reader);
        var precision = ReadChoice(context, reader, "precision", PrecisionWords, Precision.Exact);
        var rank = ReadChoice(context, reader, "rank", RankWords, Rank.Normal);
        var period = ReadPeriod(context, reader);
        var successor = reader.Scalar("superseded_by");
        var isShare = ReadChoice(context, reader, "share", s_booleanWords, BooleanWord.True) == BooleanWord.True;
        var measure = ReadMeasure(context, reader);
        if (reader.IsBroken || id is null || claim is null || value is null || citation is null)
        {
            return null;
        }

        if (isShare && value.Kind == ValueKind.Percentage && (value.Low < 0 || (value.High ?? value.Low) > 100))
        {
            context.Report(FactRules.PercentageNotAShare, reader.Scalar("value")!.Range, value.Written);
        }

        var fact = new FactSpec(
            id,
            reader.Scalar("id")!.Range,
            Names.ToPascalCase(id),
            claim,
            value,
            reader.Scalar("value")!.Range,
            reader.Text("unit"),
            precision,
            period,
            citation,
            string.IsNullOrWhiteSpace(successor?.Value) ? null : successor!.Value,
            successor?.Range ?? default,
            rank,
            measure);
        if (QuoteRules.Check(context.Path, fact, reader.Scalar("precision")?.Range ?? fact.ValueRange) is { } quoteProblem)
        {
            context.Report(quoteProblem);
        }

        return fact;
    }

    private static string? ReadId(ParseContext context, MappingReader reader)
    {
        var id = reader.Required("id", "a unique name such as it-specialists-left-2022");
        if (id is not null && !Names.IsValidId(id))
        {
            context.Report(FactRules.InvalidId, reader.Scalar("id")!.Range, id);
            reader.MarkBroken();
            return null;
        }

        return id;
    }

    /// <summary>
    /// The fact's <c>measure:</c> and <c>scope:</c>. An invalid measure id is reported and the fact kept without a
    /// measure: what it measures is a grouping, not part of the figure.
    /// </summary>
    private static MeasureSpec? ReadMeasure(ParseContext context, MappingReader reader)
    {
        var id = reader.Text("measure")?.Trim();
        var scope = reader.Text("scope")?.Trim();
        if (id is null || id.Length == 0)
        {
            return null;
        }

        var range = reader.Scalar("measure")!.Range;
        if (!Names.IsValidId(id))
        {
            context.Report(FactRules.InvalidId, range, id);
            return null;
        }

        return new MeasureSpec(id, range, string.IsNullOrEmpty(scope) ? null : scope);
    }

    private static FigureValue? ReadFigure(ParseContext context, MappingReader reader, TypeSpec? type)
    {
        var written = reader.Required("value", "the figure as the text writes it, such as 100,000, 13% or $30 billion");
        if (written is null)
        {
            return null;
        }

        var result = FigureReader.Read(written, type);
        if (result.Value is null)
        {
            context.Report(result.Error!, reader.Scalar("value")!.Range, result.Arguments);
            reader.MarkBroken();
        }

        return result.Value;
    }

    private static CitationSpec? ReadCitation(ParseContext context, MappingReader reader)
    {
        var source = reader.Required("source", "the id of a source declared under 'sources:'");
        var quote = reader.Required("quote", "the sentence of the source that states the figure, word for word");
        if (source is null || quote is null)
        {
            return null;
        }

        if (!Names.IsValidId(source))
        {
            context.Report(FactRules.InvalidId, reader.Scalar("source")!.Range, source);
            reader.MarkBroken();
            return null;
        }

        return new CitationSpec(source, reader.Scalar("source")!.Range, quote, reader.Scalar("quote")!.Range, reader.Text("attributed_to"), reader.Text("locator"), reader.Scalar("locator")?.Range ?? default);
    }

    private static TEnum ReadChoice<TEnum>(ParseContext context, MappingReader reader, string key, IReadOnlyList<string> words, TEnum fallback)
        where TEnum : struct, Enum
    {
        var text = reader.Text(key);
        if (text is null)
        {
            return fallback;
        }

        var index = IndexOf(words, text.Trim());
        if (index >= 0)
        {
            return (TEnum)Enum.ToObject(typeof(TEnum), index);
        }

        ReportUnknownChoice(context, reader.Scalar(key)!.Range, text, key, words, FactRules.UnknownChoice);
        reader.MarkBroken();
        return fallback;
    }

    private static int IndexOf(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (string.Equals(words[i], word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static void ReportUnknownChoice(ParseContext context, TextRange range, string text, string key, IReadOnlyList<string> words, FactRule rule)
    {
        var closest = EditDistance.Closest(text.ToLowerInvariant(), words);
        var hint = closest is null ? string.Empty : $" Did you mean '{closest}'?";
        if (rule == FactRules.UnknownChoice)
        {
            context.Report(rule, range, text, key, hint, string.Join(", ", words));
        }
        else
        {
            context.Report(rule, range, text, hint, string.Join(", ", words) + ", or range<T> of a numeric one");
        }
    }

    private static PeriodValue? ReadPeriod(ParseContext context, MappingReader reader)
    {
        var text = reader.Text("period");
        if (text is null)
        {
            return null;
        }

        if (DateReader.TryReadPeriod(text, out var period))
        {
            return period;
        }

        context.Report(FactRules.InvalidDate, reader.Scalar("period")!.Range, text, "period", DateReader.PeriodForms);
        reader.MarkBroken();
        return null;
    }

    /// <summary>Reads a type such as <c>integer</c> or <c>range&lt;percentage&gt;</c>; <paramref name="rule"/> reports an unknown one.</summary>
    private static TypeSpec? ReadType(ParseContext context, MappingReader reader, string key, FactRule rule)
    {
        var text = reader.Text(key);
        if (text is null)
        {
            return null;
        }

        if (TryReadType(text, out var type) && (rule != FactRules.UnknownChoice || type.Kind is not (ValueKind.Text or ValueKind.Date or ValueKind.Boolean)))
        {
            return type;
        }

        ReportUnknownChoice(context, reader.Scalar(key)!.Range, text, key, rule == FactRules.UnknownChoice ? TypeWords.Skip(1).Take(5).ToArray() : TypeWords, rule);
        reader.MarkBroken();
        return null;
    }

    /// <summary>Reads a type word; ranges only of the numeric kinds.</summary>
    internal static bool TryReadType(string text, out TypeSpec type)
    {
        type = default;
        var word = text.Trim();
        var isRange = word.StartsWith("range<", StringComparison.OrdinalIgnoreCase) && word.EndsWith(">", StringComparison.Ordinal);
        if (isRange)
        {
            word = word.Substring(6, word.Length - 7).Trim();
        }

        var index = IndexOf(TypeWords, word);
        if (index < 0)
        {
            return false;
        }

        var kind = index switch
        {
            0 => ValueKind.Text,
            1 => ValueKind.Integer,
            2 => ValueKind.Decimal,
            3 => ValueKind.Percentage,
            4 => ValueKind.Money,
            5 => ValueKind.Year,
            6 => ValueKind.Date,
            _ => ValueKind.Boolean,
        };
        type = new TypeSpec(kind, isRange);
        return !isRange || kind is not (ValueKind.Text or ValueKind.Date or ValueKind.Boolean);
    }

    private static DatasetSpec? ReadDataset(ParseContext context, YamlNode node, CancellationToken cancellationToken)
    {
        if (node is not YamlMapping mapping)
        {
            context.Report(FactRules.WrongNodeKind, node.Range, "datasets", "a list of mappings", $"an item that is {node.KindName}", "each dataset as '- id: …' with its columns and rows below");
            return null;
        }

        var reader = new MappingReader(context, mapping, "dataset", DatasetKeys);
        var id = ReadId(context, reader);
        var columns = ReadColumns(context, reader);
        var rowsNode = reader.Sequence("rows", "a list of rows, each a mapping of column to value with its source and quote");
        if (rowsNode is null && reader.Node("rows") is null)
        {
            reader.Required("rows", "a list of rows");
        }

        var rowName = reader.Text("row");
        if (reader.IsBroken || id is null || columns is null || rowsNode is null)
        {
            return null;
        }

        var rows = new List<RowSpec>();
        foreach (var item in Items(rowsNode))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadRow(context, item, columns) is { } row)
            {
                rows.Add(row);
            }
        }

        var memberName = Names.ToPascalCase(id);
        return new DatasetSpec(
            id,
            reader.Scalar("id")!.Range,
            memberName,
            rowName is null ? memberName + "Row" : Names.ToPascalCase(rowName),
            reader.Text("claim"),
            columns.ToEquatableArray(),
            rows.ToEquatableArray());
    }

    private static List<ColumnSpec>? ReadColumns(ParseContext context, MappingReader reader)
    {
        var mapping = reader.Mapping("columns", "a mapping of column name to type, such as 'age: integer'");
        if (mapping is null)
        {
            if (reader.Node("columns") is null)
            {
                reader.Required("columns", "a mapping of column name to type");
            }

            return null;
        }

        var columns = new List<ColumnSpec>();
        var types = new MappingReader(context, mapping, "columns", Array.Empty<string>());
        foreach (var entry in types.Entries)
        {
            var name = entry.Key.Value;
            if (!Names.IsValidId(name) || CitationKeys.Contains(name))
            {
                context.Report(FactRules.InvalidId, entry.Key.Range, name);
                reader.MarkBroken();
                continue;
            }

            if (types.Node(name) is null)
            {
                context.Report(FactRules.UnknownColumnType, entry.Key.Range, string.Empty, string.Empty, string.Join(", ", TypeWords));
                reader.MarkBroken();
                continue;
            }

            if (types.Text(name) is null)
            {
                // A list or mapping where the type belongs: Text has reported it.
                reader.MarkBroken();
                continue;
            }

            var type = ReadType(context, types, name, FactRules.UnknownColumnType);
            if (type is { } columnType)
            {
                columns.Add(new ColumnSpec(name, Names.ToPascalCase(name), columnType, entry.Key.Range));
            }
        }

        if (types.IsBroken)
        {
            reader.MarkBroken();
        }

        return columns;
    }

    private static RowSpec? ReadRow(ParseContext context, YamlNode node, List<ColumnSpec> columns)
    {
        if (node is not YamlMapping mapping)
        {
            context.Report(FactRules.WrongNodeKind, node.Range, "rows", "a list of mappings", $"an item that is {node.KindName}", "each row as '- column: value' with its source and quote");
            return null;
        }

        var reader = new MappingReader(context, mapping, "row", columns.Select(column => column.Name).Concat(CitationKeys).ToArray());
        var cells = new List<CellValue>();
        foreach (var column in columns)
        {
            var scalar = reader.Scalar(column.Name);
            if (scalar is null || (scalar.IsNull && column.Type.Kind != ValueKind.Text))
            {
                if (!reader.IsBroken)
                {
                    context.Report(FactRules.MissingCell, reader.Anchor, column.Name, column.Type.WithArticle);
                }

                reader.MarkBroken();
                continue;
            }

            if (ReadCell(context, scalar, column) is { } cell)
            {
                cells.Add(cell);
            }
            else
            {
                reader.MarkBroken();
            }
        }

        var citation = ReadCitation(context, reader);
        return reader.IsBroken || citation is null ? null : new RowSpec(cells.ToEquatableArray(), citation, mapping.Range);
    }

    private static CellValue? ReadCell(ParseContext context, YamlScalar scalar, ColumnSpec column)
    {
        var text = scalar.Value.Trim();
        switch (column.Type.Kind)
        {
            case ValueKind.Text:
                return new CellValue(ValueKind.Text, null, scalar.Value, null, false);
            case ValueKind.Boolean when IndexOf(s_booleanWords, text) is var index and >= 0:
                return new CellValue(ValueKind.Boolean, null, null, null, index == 1);
            case ValueKind.Boolean:
                context.Report(FactRules.CellOfWrongType, scalar.Range, text, "a boolean", column.Name, "true or false");
                return null;
            case ValueKind.Date when DateReader.TryReadDate(text, out var date):
                return new CellValue(ValueKind.Date, null, null, date, false);
            case ValueKind.Date:
                context.Report(FactRules.CellOfWrongType, scalar.Range, text, "a date", column.Name, DateReader.DateForms);
                return null;
            default:
                var figure = FigureReader.Read(text, column.Type);
                if (figure.Value is null && figure.Error != FactRules.UnreadableValue)
                {
                    // A reversed range or an unknown currency is the same mistake in a cell as in a fact.
                    context.Report(figure.Error!, scalar.Range, figure.Arguments);
                    return null;
                }

                if (figure.Value is null)
                {
                    context.Report(FactRules.CellOfWrongType, scalar.Range, text, column.Type.WithArticle, column.Name, figure.Arguments.Length > 1 ? figure.Arguments[figure.Arguments.Length - 1] : column.Type.WithArticle);
                    return null;
                }

                return new CellValue(column.Type.Kind, figure.Value, null, null, false);
        }
    }

    /// <summary>The words of a yes/no key, in the order of <see cref="s_booleanWords"/>.</summary>
    private enum BooleanWord
    {
        False,
        True,
    }
}
