using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactGen.Model;
using FactGen.Model.Validation;
using FactGen.Model.Verification;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generators.Emit;

/// <summary>
/// Writes the class of one fact file: a property per fact and a list per dataset, each with XML docs that show the
/// figure, the verbatim quote and the source on hover. A fact property reads a <c>FactTable</c> of text records, one
/// line per fact at the end of the file: a shape that compiles in little more than the time of its text, and builds a
/// fact only when it is first read.
/// </summary>
internal static class FactFileEmitter
{
    /// <summary>How many cases a switch that leads to blocks has at most.</summary>
    private const int DispatchWidth = 32;

    /// <summary>
    /// How long an index attribute's text grows before the next fact starts another: 16,000 characters, with room for
    /// a last long entry under the 42,500 characters (85,000 bytes) where the large object heap begins.
    /// </summary>
    private const int MaxIndexChars = 16_000;

    /// <summary><see cref="RecordFormat.IndexEntrySeparator"/> as the index's string literal writes it.</summary>
    private static readonly string EscapedIndexEntrySeparator = CSharpText.AppendEscaped(new StringBuilder(), RecordFormat.IndexEntrySeparator.ToString(), string.Empty).ToString();

    /// <summary>What an index field may not hold: the index's own separators.</summary>
    private static readonly char[] IndexSeparators = [RecordFormat.IndexEntrySeparator, RecordFormat.IndexFieldSeparator];

    /// <summary>The C# source for <paramref name="file"/>.</summary>
    public static SourceText Emit(EmitFile file, EmitOptions options)
    {
        var writer = new SourceWriter();
        var fileName = Model.Parsing.Names.FileNameOf(file.Path);
        options.WriteHeader(writer, fileName);
        var factTypes = file.Facts.Select(fact => fact.Fact.Value.Type).Distinct().OrderBy(type => type.Kind).ThenBy(type => type.IsRange).ToList();
        if (factTypes.Count > 0)
        {
            // A type written out in full is bound anew for every property that names it, an alias once per file: with
            // thousands of facts, a large share of compiling them.
            writer.Line("// The types of this file's facts, by short names.");
            foreach (var type in factTypes)
            {
                writer.Line($"using {TypeAlias(type)} = global::FactGen.Fact<{ValueCode.TypeName(type)}>;");
            }

            writer.Line();
        }

        if (file.IsFirstOfClass)
        {
            // Fact files of the same name share one partial class; only one part may carry its docs and attributes.
            writer.Line($"/// <summary>Facts from <c>{CSharpText.XmlText(fileName)}</c>.</summary>");
            writer.Line(options.GeneratedCodeAttribute);
            ClsNames.Mark(writer, options, ClsNames.IsNotCompliant(file.ClassName));
        }

        if (file.Facts.Count > 0)
        {
            WriteIndex(writer, file);
        }

        writer.Line($"public static partial class {CSharpText.Identifier(file.ClassName)}");
        writer.Open();
        var notCompliant = ClsNames.NotCompliantAmong(options, file.Facts.Select(fact => fact.Fact.MemberName).Concat(file.Datasets.Select(dataset => dataset.MemberName)));
        var first = true;
        for (var i = 0; i < file.Facts.Count; i++)
        {
            Separate(writer, ref first);
            WriteFact(writer, file.Facts[i], i, DataClassName(file.Part), options, notCompliant);
        }

        foreach (var dataset in file.Datasets)
        {
            Separate(writer, ref first);
            WriteDataset(writer, dataset, DataClassName(file.Part), options, notCompliant);
        }

        if (file.Facts.Count > 0 || file.Datasets.Count > 0)
        {
            Separate(writer, ref first);
            WriteData(writer, file, factTypes, options);
        }

        writer.Close();
        writer.Close();
        return writer.ToSourceText();
    }

    /// <summary>
    /// The nested class that holds the data of the file of <paramref name="part"/> (<see cref="EmitFile.Part"/>): its
    /// fact table and its datasets' rows. No fact or dataset member can be named so: theirs are PascalCase, never two
    /// leading underscores.
    /// </summary>
    public static string DataClassName(int part) => part == 0 ? "__Facts" : $"__Facts{part + 1}";

    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }

    private static void WriteFact(SourceWriter writer, EmitFact emitFact, int index, string table, EmitOptions options, ISet<string> notCompliant)
    {
        // One line of docs, all of it in the summary, which every IDE shows on hover: where the compiler reads doc
        // comments (the IDE, GenerateDocumentationFile), each element of them costs it more than all their text.
        var fact = emitFact.Fact;
        var docs = CSharpText.AppendXmlText(writer.StartLine().Append("/// <summary>"), fact.Claim).Append(": ");
        var precision = PrecisionPhrases.Of(fact.Precision);
        if (precision.Length > 0)
        {
            docs.Append(precision).Append(' ');
        }

        CSharpText.AppendXmlText(docs, fact.Value.Written);
        if (fact.Unit is { Length: > 0 } unit)
        {
            CSharpText.AppendXmlText(docs.Append(' '), unit);
        }

        AppendMeasureDocs(AppendCitationDocs(docs.Append(". "), fact, emitFact.SourceReference, emitFact.Check ?? CitationCheck.NoArchive), emitFact).Append("</summary>");
        writer.EndLine();
        if (emitFact.ObsoleteMessage is { } obsolete)
        {
            writer.Line($"[global::System.Obsolete({CSharpText.Literal(obsolete)})]");
        }

        ClsNames.Mark(writer, options, notCompliant.Contains(fact.MemberName));

        writer.StartLine().Append("public static ").Append(TypeAlias(fact.Value.Type)).Append(' ').Append(CSharpText.Identifier(fact.MemberName))
            .Append(" => ").Append(table).Append('.').Append(Accessor(fact.Value.Type)).Append('(').Append(index).Append(");");
        writer.EndLine();
    }

    /// <summary>
    /// The table's method that reads a fact of <paramref name="type"/>: <c>Integer</c>, <c>MoneyRange</c>. A getter
    /// that calls it binds faster than one that names the generic method and its type argument.
    /// </summary>
    private static string Accessor(TypeSpec type)
    {
        var kind = Model.Parsing.Names.ToPascalCase(KindNames.Of(type.Kind));
        return type.IsRange ? kind + "Range" : kind;
    }

    /// <summary>
    /// The file's alias of <c>FactGen.Fact&lt;T&gt;</c> for values of <paramref name="type"/>: <c>__IntegerFact</c>.
    /// No type of the namespace can be named so: the generated ones are PascalCase, never two leading underscores.
    /// </summary>
    private static string TypeAlias(TypeSpec type) => $"__{Accessor(type)}Fact";

    /// <summary>“Quote” Said by …. Source: … (locator). Verified against … (sha256 …). Period: …. Fact id: ….</summary>
    private static StringBuilder AppendCitationDocs(StringBuilder docs, FactSpec fact, string sourceReference, CitationCheck check)
    {
        var citation = fact.Citation;
        CSharpText.AppendXmlText(docs.Append('“'), citation.Quote).Append("” ");
        if (citation.AttributedTo is { } attributedTo)
        {
            CSharpText.AppendXmlText(docs.Append("Said by "), attributedTo).Append(". ");
        }

        var source = FactRecord.Locator(citation, check) is { } locator ? $"{sourceReference} ({locator})" : sourceReference;
        CSharpText.AppendXmlText(docs.Append("Source: "), FactSetValidator.Sentence(source)).Append(' ');
        CSharpText.AppendXmlText(docs.Append(char.ToUpperInvariant(check.Note[0])), check.Note.Substring(1)).Append(". ");
        if (fact.Period is { } period)
        {
            docs.Append("Period: ").Append(period).Append(". ");
        }

        return CSharpText.AppendXmlText(docs.Append("Fact id: "), fact.Id).Append('.');
    }

    /// <summary> Measure: m (FactMeasures.M). Corroborated by C.P (ShareAmerica, 2023), ….</summary>
    private static StringBuilder AppendMeasureDocs(StringBuilder docs, EmitFact fact)
    {
        if (fact.Fact.Measure is not { } measure)
        {
            return docs;
        }

        CSharpText.AppendXmlText(docs.Append(" Measure: "), measure.Id);
        if (measure.Scope is { } scope)
        {
            CSharpText.AppendXmlText(docs.Append(", in "), scope);
        }

        if (fact.MeasureMember is { } member)
        {
            docs.Append(" (FactMeasures.").Append(member).Append(')');
        }

        docs.Append('.');
        for (var i = 0; i < fact.Corroborators.Count; i++)
        {
            var corroborator = fact.Corroborators[i];
            docs.Append(i == 0 ? " Corroborated by " : ", ").Append(corroborator.ClassName).Append('.').Append(corroborator.MemberName);
            CSharpText.AppendXmlText(docs.Append(" ("), corroborator.SourceShortReference).Append(')');
        }

        return fact.Corroborators.Count > 0 ? docs.Append('.') : docs;
    }

    /// <summary>
    /// The file's data, as text records (see <c>FactGen.FactTable</c> for the format): the table of its facts, read
    /// one at a time, and the rows of each dataset; and the sources they cite.
    /// </summary>
    private static void WriteData(SourceWriter writer, EmitFile file, IReadOnlyList<TypeSpec> factTypes, EmitOptions options)
    {
        writer.Line("/// <summary>The records of the facts and rows above, read when they are first used.</summary>");
        writer.Line(options.GeneratedCodeAttribute);
        writer.Line($"internal static class {DataClassName(file.Part)}");
        writer.Open();
        if (file.Facts.Count > 0)
        {
            writer.Line($"internal static readonly global::FactGen.FactTable Table = new global::FactGen.FactTable({file.Facts.Count}, Block, Source);");
            writer.Line();
            foreach (var type in factTypes)
            {
                writer.Line($"internal static {TypeAlias(type)} {Accessor(type)}(int index) => Table.Get<{ValueCode.TypeName(type)}>(index);");
            }

            writer.Line();
        }

        var sources = file.Facts.Select(fact => fact.Fact.Citation.SourceId)
            .Concat(file.Datasets.SelectMany(dataset => dataset.Rows.Select(row => row.Citation.SourceId)))
            .Distinct()
            .OrderBy(id => id, System.StringComparer.Ordinal);
        writer.Switch("global::FactGen.Source Source(string id)", "id", sources.Select(id => $"case {CSharpText.Literal(id)}: return {options.SourceReference(id)};"), "id", "internal");
        if (file.Facts.Count > 0)
        {
            writer.Line();

            // One verbatim string per block of records, a record a line: a few tokens for the compiler, and a text a
            // person can read. Each block has its own method because the JIT creates the string of every literal in a
            // method it compiles. It is never inlined: an optimizing JIT takes one-line methods into their callers,
            // so a switch compiled with optimizations would create the strings of the blocks of all its cases (seen
            // on a first read in a collectible load context: 32 blocks, about 400 KB). The blocks are reached through
            // switches of at most 32 cases because the JIT resolves every call in one: the first read of a fact then
            // compiles and loads a few small methods and one block, never the whole file.
            var blocks = (file.Facts.Count + RecordFormat.BlockSize - 1) / RecordFormat.BlockSize;
            WriteBlockSwitch(writer, "Block", 0, blocks);
            for (var block = 0; block < blocks; block++)
            {
                writer.Line();
                writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
                var first = block * RecordFormat.BlockSize;
                var records = Enumerable.Range(first, System.Math.Min(RecordFormat.BlockSize, file.Facts.Count - first)).Select(index => file.Facts[index]);
                WriteRecords(writer, $"private static string {BlockName(block)}()", records, FactRecord.AppendTo);
            }
        }

        var checkedRows = 0;
        foreach (var dataset in file.Datasets)
        {
            // All rows of a dataset are built together, so they are one text.
            writer.Line();
            var first = checkedRows;
            var rows = dataset.Rows.Select((row, index) => (row, first + index < file.RowChecks.Count ? file.RowChecks[first + index] : CitationCheck.NoArchive));
            WriteRecords(writer, $"internal static string {RowsName(dataset)}()", rows, FactRecord.AppendTo);
            checkedRows += dataset.Rows.Count;
        }

        writer.Close();
    }

    /// <summary>
    /// The method <paramref name="declaration"/> that returns <paramref name="items"/> as records, a line each after a
    /// line feed, in one verbatim string: a few tokens for the compiler, and a text a person can read.
    /// </summary>
    private static void WriteRecords<T>(SourceWriter writer, string declaration, IEnumerable<T> items, System.Func<StringBuilder, T, StringBuilder> appendRecord)
    {
        CSharpText.AppendVerbatim(writer.StartLine().Append(declaration).Append(" => "), text =>
        {
            foreach (var item in items)
            {
                appendRecord(text.Append(RecordFormat.RecordSeparator), item);
            }
        }).Append(';');
        writer.EndLine();
    }

    /// <summary>The method of the data class that returns block <paramref name="block"/> of the fact records.</summary>
    private static string BlockName(int block) => $"Block{block}";

    /// <summary>The method of the data class that returns the rows of <paramref name="dataset"/>.</summary>
    private static string RowsName(DatasetSpec dataset) => dataset.MemberName + "Rows";

    /// <summary>
    /// The method <paramref name="name"/> that returns block <c>block</c>, one of the <paramref name="count"/> blocks
    /// from <paramref name="first"/>: directly when they are few, else through one method per group of them.
    /// </summary>
    private static void WriteBlockSwitch(SourceWriter writer, string name, int first, int count)
    {
        var span = 1;
        while (span * DispatchWidth < count)
        {
            span *= DispatchWidth;
        }

        var groups = Enumerable.Range(0, (count + span - 1) / span).Select(group => (First: first + (group * span), Count: System.Math.Min(span, count - (group * span)))).ToList();
        string GroupName((int First, int Count) group) => $"Blocks{group.First}To{group.First + group.Count - 1}";
        writer.Switch(
            $"string {name}(int block)",
            span == 1 ? "block" : first == 0 ? $"block / {span}" : $"(block - {first}) / {span}",
            groups.Select((group, index) => span == 1 ? $"case {group.First}: return {BlockName(group.First)}();" : $"case {index}: return {GroupName(group)}(block);"),
            "block");
        if (span > 1)
        {
            foreach (var group in groups)
            {
                writer.Line();
                WriteBlockSwitch(writer, GroupName(group), group.First, group.Count);
            }
        }
    }

    /// <summary>
    /// The <c>[GeneratedFacts]</c> index of the file, for analyzers: a line per fact of its property, id, value, claim
    /// and source, each with its line breaks and <c>|</c> made spaces. A long index is split over several attributes,
    /// each well under the large object heap's threshold: the compiler copies an attribute's string a few times, and
    /// each large copy costs its process a full garbage collection.
    /// </summary>
    private static void WriteIndex(SourceWriter writer, EmitFile file)
    {
        const string Start = "[global::FactGen.GeneratedFacts(\"";
        var index = writer.StartLine().Append(Start);
        var attributeStart = index.Length;
        for (var i = 0; i < file.Facts.Count; i++)
        {
            if (index.Length - attributeStart > MaxIndexChars)
            {
                index.Append("\")]");
                index = writer.EndLine().StartLine().Append(Start);
                attributeStart = index.Length;
            }
            else if (i > 0)
            {
                index.Append(EscapedIndexEntrySeparator);
            }

            var fact = file.Facts[i].Fact;
            IndexField(index, fact.MemberName).Append(RecordFormat.IndexFieldSeparator);
            IndexField(index, fact.Id).Append(RecordFormat.IndexFieldSeparator);
            IndexField(index, ValueCode.Canonical(fact.Value)).Append(RecordFormat.IndexFieldSeparator);
            IndexField(index, fact.Claim).Append(RecordFormat.IndexFieldSeparator);
            IndexField(index, file.Facts[i].SourceShortReference);
        }

        index.Append("\")]");
        writer.EndLine();
    }

    private static StringBuilder IndexField(StringBuilder index, string text)
        => CSharpText.AppendEscaped(index, text.IndexOfAny(IndexSeparators) < 0 ? text : text.Replace(RecordFormat.IndexEntrySeparator, ' ').Replace(RecordFormat.IndexFieldSeparator, ' '), "\"\\");

    private static void WriteDataset(SourceWriter writer, DatasetSpec dataset, string data, EmitOptions options, ISet<string> notCompliant)
    {
        var rowType = CSharpText.Identifier(dataset.RowTypeName);
        var listType = $"global::System.Collections.Generic.IReadOnlyList<{rowType}>";
        var field = "s_" + CSharpText.Camel(dataset.MemberName);
        var claim = dataset.Claim is { } text ? CSharpText.XmlText(text) : $"The rows of the dataset <c>{CSharpText.XmlText(dataset.Id)}</c>";
        RowTypeEmitter.Write(writer, dataset, options);
        writer.Line();
        writer.Line($"private static {listType}{options.Nullability} {field};");
        writer.Line();
        writer.Line($"/// <summary>{claim}: {dataset.Rows.Count} rows, each with its own citation.</summary>");
        writer.Line($"/// <remarks>Dataset id: <c>{CSharpText.XmlText(dataset.Id)}</c>.</remarks>");
        ClsNames.Mark(writer, options, notCompliant.Contains(dataset.MemberName));
        var cells = dataset.Columns.Select((column, index) => $"row.{Accessor(column.Type)}({index})").Append($"row.Citation({dataset.Columns.Count})");
        writer.Line($"public static {listType} {CSharpText.Identifier(dataset.MemberName)} => {field} ?? ({field} = global::FactGen.RecordFields.ReadRows({data}.{RowsName(dataset)}(), {data}.Source, row => new {rowType}({string.Join(", ", cells)})));");
    }
}
