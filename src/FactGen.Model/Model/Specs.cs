using System.Linq;
using FactGen.Model.Text;

namespace FactGen.Model;

// The located model of a fact file. Sealed records with EquatableArray collections: two parses of the same text
// compare equal, which is what lets the incremental generator skip work. No Roslyn type appears here.

/// <summary>One fact file, parsed: what it declares that is valid, and what is wrong with the rest.</summary>
/// <param name="Path">The file's path as the compilation names it.</param>
/// <param name="ClassName">The C# class generated for the file.</param>
/// <param name="Sources">The sources it declares, valid ones only.</param>
/// <param name="Facts">The facts it declares that could be read; broken ones are left out and reported.</param>
/// <param name="Datasets">The datasets it declares, with the rows that could be read.</param>
/// <param name="Diagnostics">What is wrong in the file on its own (cross-file rules come from validation).</param>
public sealed record FactFile(
    string Path,
    string ClassName,
    EquatableArray<SourceSpec> Sources,
    EquatableArray<FactSpec> Facts,
    EquatableArray<DatasetSpec> Datasets,
    EquatableArray<FactDiagnostic> Diagnostics);

/// <summary>A text that facts cite, and the archived copy of it that their quotes are checked against, if any.</summary>
public sealed record SourceSpec(
    string Id,
    TextRange IdRange,
    string? Publisher,
    string? Title,
    string? Author,
    DateValue? Published,
    string? Url,
    DateValue? Retrieved,
    ArchiveSpec? Archive = null)
{
    /// <summary>The source with no place in its file, as the emitter sees it (<see cref="TextRange"/> defaults).</summary>
    public SourceSpec WithoutPlaces() => this with { IdRange = default, Archive = Archive?.WithoutPlaces() };
}

/// <summary>A source's <c>archive:</c>: the archived text its quotes are checked against, and how they are matched.</summary>
/// <param name="Name">The path or file name as written.</param>
/// <param name="DeclaredIn">The fact file that declares the source: a relative path is resolved from its folder.</param>
/// <param name="Range">Where <c>archive:</c>'s value is written.</param>
/// <param name="Match">How quotes are compared with the archive.</param>
public sealed record ArchiveSpec(string Name, string DeclaredIn, TextRange Range, QuoteMatch Match)
{
    /// <summary>The archive with no place in its file.</summary>
    public ArchiveSpec WithoutPlaces() => this with { Range = default };
}

/// <summary>Where a figure comes from: the source, the verbatim quote, who said it, where in the text.</summary>
public sealed record CitationSpec(
    string SourceId,
    TextRange SourceRange,
    string Quote,
    TextRange QuoteRange,
    string? AttributedTo,
    string? Locator,
    TextRange LocatorRange = default)
{
    /// <summary>The citation with no place in its file.</summary>
    public CitationSpec WithoutPlaces() => this with { SourceRange = default, QuoteRange = default, LocatorRange = default };
}

/// <summary>One fact: a figure, what it counts, when, and where it is written.</summary>
public sealed record FactSpec(
    string Id,
    TextRange IdRange,
    string MemberName,
    string Claim,
    FigureValue Value,
    TextRange ValueRange,
    string? Unit,
    Precision Precision,
    PeriodValue? Period,
    CitationSpec Citation,
    string? SupersededBy,
    TextRange SupersededByRange,
    Rank Rank,
    MeasureSpec? Measure = null)
{
    /// <summary>
    /// The fact with no place in its file, as the emitter sees it: a line added above it leaves it equal, so the
    /// generator does not write its file again.
    /// </summary>
    public FactSpec WithoutPlaces() => this with
    {
        IdRange = default,
        ValueRange = default,
        SupersededByRange = default,
        Citation = Citation.WithoutPlaces(),
        Measure = Measure is null ? null : Measure with { Range = default },
    };
}

/// <summary>
/// What a fact measures: an id shared by every fact of the same quantity, across files and sources, and the place or
/// population it is measured in when the text says so. Facts of one measure and scope over overlapping periods must agree.
/// </summary>
/// <param name="Id">The measure id, such as <c>it-specialists-emigrated</c>.</param>
/// <param name="Range">Where the id is written.</param>
/// <param name="Scope">The place or population, such as <c>Russia</c>, or null.</param>
public sealed record MeasureSpec(string Id, TextRange Range, string? Scope);

/// <summary>A table of cited rows with typed columns.</summary>
public sealed record DatasetSpec(
    string Id,
    TextRange IdRange,
    string MemberName,
    string RowTypeName,
    string? Claim,
    EquatableArray<ColumnSpec> Columns,
    EquatableArray<RowSpec> Rows)
{
    /// <summary>The dataset with no place in its file, nor in its columns and rows.</summary>
    public DatasetSpec WithoutPlaces() => this with
    {
        IdRange = default,
        Columns = Columns.Select(column => column with { Range = default }).ToEquatableArray(),
        Rows = Rows.Select(row => row with { Range = default, Citation = row.Citation.WithoutPlaces() }).ToEquatableArray(),
    };
}

/// <summary>A dataset column: its YAML name, its C# property name and its type.</summary>
public sealed record ColumnSpec(string Name, string PropertyName, TypeSpec Type, TextRange Range);

/// <summary>A dataset row: one cell per column, in column order, and its own citation.</summary>
public sealed record RowSpec(EquatableArray<CellValue> Cells, CitationSpec Citation, TextRange Range);
