using System.Collections.Generic;
using System.Linq;

namespace FactGen.Model;

/// <summary>
/// Every rule of the fact file format, in one table. Ids are stable: a rule may be retired, never renumbered.
/// FG00xx: the file as YAML; FG01xx: keys and values of one entry; FG02xx: references across files;
/// FG03xx: a fact against its quote; FG04xx: datasets; FG05xx: a quote against the archived text of its source; FG06xx: facts of one measure; FG1xxx: figures in C# code, resources and Razor pages. Each id has its page under <c>docs/rules/</c>.
/// </summary>
public static class FactRules
{
    private const string Syntax = "Syntax";
    private const string Structure = "Structure";
    private const string Value = "Value";
    private const string Reference = "Reference";
    private const string Quote = "Quote";
    private const string Dataset = "Dataset";
    private const string Figures = "Figures";
    private const string Measure = "Measure";
    private const string Archive = "Archive";

    /// <summary>FG0000: FactGen itself failed on a file; reported instead of crashing the build.</summary>
    public static readonly FactRule InternalError = new(
        "FG0000", "FactGen failed on this file",
        "FactGen failed while reading this file ({0}), so its facts are not generated. Please report this with the file; meanwhile, look for unusual YAML near the top of the file.",
        FactSeverity.Error, Syntax);

    /// <summary>FG0001: the YAML does not parse.</summary>
    public static readonly FactRule SyntaxError = new(
        "FG0001", "Fact file is not valid YAML",
        "This is not valid YAML: {0} Fix the YAML here; what follows this point is not read until it parses.",
        FactSeverity.Error, Syntax);

    /// <summary>FG0002: the root of the file is not a mapping.</summary>
    public static readonly FactRule NotAMapping = new(
        "FG0002", "Fact file is not a mapping",
        "A fact file is a mapping with the keys 'sources', 'facts' and 'datasets', but this is {0}. Start the file with 'facts:' followed by a list of facts.",
        FactSeverity.Error, Syntax);

    /// <summary>FG0003: the file has nothing in it.</summary>
    public static readonly FactRule EmptyFile = new(
        "FG0003", "Fact file is empty",
        "The fact file is empty. Write 'facts:' with at least one fact, or remove the file from the fact files.",
        FactSeverity.Warning, Syntax);

    /// <summary>FG0004: the file holds more than one YAML document.</summary>
    public static readonly FactRule ExtraDocument = new(
        "FG0004", "Fact file holds more than one document",
        "A fact file holds one YAML document; this starts a second one, which is not read. Move its entries into the first document or into a file of their own.",
        FactSeverity.Warning, Syntax);

    /// <summary>FG0005: aliases that repeat more nodes than a fact file needs (an alias expansion bomb).</summary>
    public static readonly FactRule AliasExpansionTooLarge = new(
        "FG0005", "Aliases repeat too much",
        "The aliases up to here repeat more than {0} nodes, so the file is read only up to this alias. Write the entries out, or repeat a small anchor a few times rather than aliases of aliases.",
        FactSeverity.Error, Syntax);

    /// <summary>FG0006: a file over the size limit, which is not read at all.</summary>
    public static readonly FactRule FileTooLarge = new(
        "FG0006", "Fact file is too large",
        "This fact file has {0} characters, more than the limit of {1}, so it is not read. Split it into smaller fact files, or raise the limit with <FactGenMaxFileSize> in the project file.",
        FactSeverity.Error, Syntax);

    /// <summary>FG0007: lists and mappings nested deeper than any fact file needs.</summary>
    public static readonly FactRule NestingTooDeep = new(
        "FG0007", "YAML nests too deep",
        "Lists and mappings nest more than {0} levels deep here, so the file is read only up to this point. Write the entry with fewer levels: a fact is a mapping of plain values in the list under 'facts:'.",
        FactSeverity.Error, Syntax);

    /// <summary>FG0101: a key the format does not know.</summary>
    public static readonly FactRule UnknownKey = new(
        "FG0101", "Unknown key",
        "'{0}' is not a key of {1}.{2} Write one of: {3}.",
        FactSeverity.Warning, Structure);

    /// <summary>FG0102: a required key is missing.</summary>
    public static readonly FactRule MissingKey = new(
        "FG0102", "Required key is missing",
        "This {0} has no '{1}', so it is left out. Write '{1}: {2}'.",
        FactSeverity.Warning, Structure);

    /// <summary>FG0103: a key holds the wrong kind of YAML node.</summary>
    public static readonly FactRule WrongNodeKind = new(
        "FG0103", "Value of the wrong kind",
        "'{0}' must be {1}, but here it is {2}. Write {3}.",
        FactSeverity.Warning, Structure);

    /// <summary>FG0104: a value that cannot be read as a figure of its kind.</summary>
    public static readonly FactRule UnreadableValue = new(
        "FG0104", "Value cannot be read",
        "'{0}' cannot be read as a figure, so its fact is left out. Write {1}.",
        FactSeverity.Warning, Value);

    /// <summary>FG0105: a range whose low end is above its high end.</summary>
    public static readonly FactRule RangeReversed = new(
        "FG0105", "Range ends before it starts",
        "The range '{0}' starts at {1}, above its end {2}. Write the low end first.",
        FactSeverity.Warning, Value);

    /// <summary>FG0106: a percentage outside 0–100% that is read as a share of a whole.</summary>
    public static readonly FactRule PercentageNotAShare = new(
        "FG0106", "Percentage is not a share",
        "'{0}' lies outside 0% to 100%, so it cannot be a share of a whole. Correct the value, or, when the figure is a change or a ratio rather than a share, write 'share: false'.",
        FactSeverity.Warning, Value);

    /// <summary>FG0107: a currency code that ISO 4217 does not have.</summary>
    public static readonly FactRule UnknownCurrency = new(
        "FG0107", "Unknown currency",
        "'{0}' is not an ISO 4217 currency code. Write a code such as USD, EUR or RUB, or a symbol such as $, € or ₽.",
        FactSeverity.Warning, Value);

    /// <summary>FG0108: an id with characters an id cannot have.</summary>
    public static readonly FactRule InvalidId = new(
        "FG0108", "Invalid id",
        "'{0}' is not a valid id. Write letters, digits, '-', '_' and '.', starting with a letter or digit, such as 'it-specialists-left-2022'.",
        FactSeverity.Warning, Structure);

    /// <summary>FG0109: a word that is not one of the choices of its key.</summary>
    public static readonly FactRule UnknownChoice = new(
        "FG0109", "Unknown choice",
        "'{0}' is not a valid '{1}'.{2} Write one of: {3}.",
        FactSeverity.Warning, Value);

    /// <summary>FG0110: a date or period that is not one.</summary>
    public static readonly FactRule InvalidDate = new(
        "FG0110", "Invalid date or period",
        "'{0}' is not a valid {1}. Write {2}.",
        FactSeverity.Warning, Value);

    /// <summary>FG0111: a URL that is not an absolute http(s) URL.</summary>
    public static readonly FactRule InvalidUrl = new(
        "FG0111", "Invalid URL",
        "'{0}' is not an absolute http or https URL. Write the full address, such as https://example.org/article, or leave 'url' out when it is unknown.",
        FactSeverity.Warning, Value);

    /// <summary>FG0112: a source retrieved before it was published.</summary>
    public static readonly FactRule RetrievedBeforePublished = new(
        "FG0112", "Retrieved before published",
        "The source was retrieved on {0}, before it was published on {1}. Correct one of the two dates.",
        FactSeverity.Warning, Value);

    /// <summary>FG0113: a key written twice in one mapping.</summary>
    public static readonly FactRule DuplicateKey = new(
        "FG0113", "Key written twice",
        "'{0}' is written twice in this {1}; only the first is read. Remove one of them.",
        FactSeverity.Warning, Structure);

    /// <summary>FG0201: two facts with one id.</summary>
    public static readonly FactRule DuplicateFactId = new(
        "FG0201", "Duplicate fact id",
        "The fact id '{0}' is already used in {1}, so this fact is left out. Give it an id of its own.",
        FactSeverity.Warning, Reference);

    /// <summary>FG0202: two sources with one id.</summary>
    public static readonly FactRule DuplicateSourceId = new(
        "FG0202", "Duplicate source id",
        "The source id '{0}' is already declared in {1}, so this declaration is ignored. Give it an id of its own, or remove it.",
        FactSeverity.Warning, Reference);

    /// <summary>FG0203: a citation of a source that no fact file declares.</summary>
    public static readonly FactRule UndeclaredSource = new(
        "FG0203", "Source is not declared",
        "No fact file declares the source '{0}', so this entry is left out.{1} Declare it under 'sources:', or cite a source that is declared.",
        FactSeverity.Warning, Reference);

    /// <summary>FG0204: two names that become one C# member.</summary>
    public static readonly FactRule MemberNameCollision = new(
        "FG0204", "Ids generate the same C# name",
        "'{0}' becomes the C# name '{1}' in class {2}, where {3}. Rename it.",
        FactSeverity.Warning, Reference);

    /// <summary>FG0205: superseded_by names no fact.</summary>
    public static readonly FactRule UnknownSuccessor = new(
        "FG0205", "Superseding fact is not declared",
        "'superseded_by' names '{0}', which is not a fact id.{1} Write the id of the fact that replaces this one.",
        FactSeverity.Warning, Reference);

    /// <summary>FG0301: the quote does not state the fact's value in any written form.</summary>
    public static readonly FactRule QuoteMissesFigure = new(
        "FG0301", "Quote does not state the figure",
        "The quote does not state '{0}' in any form (such as 100,000, 100 000, 100k, 1 million, 10%, 10 percent or three). Quote the sentence that states the figure, word for word, or correct the value.",
        FactSeverity.Warning, Quote);

    /// <summary>FG0302: the quote qualifies the figure differently from the fact's precision.</summary>
    public static readonly FactRule PrecisionContradictsQuote = new(
        "FG0302", "Precision contradicts the quote",
        "The quote says '{0}' before the figure, but the precision is '{1}'. Write 'precision: {2}'.",
        FactSeverity.Warning, Quote);

    /// <summary>FG0401: a dataset row with no value for a column.</summary>
    public static readonly FactRule MissingCell = new(
        "FG0401", "Row is missing a column",
        "This row has no '{0}', so it is left out. Write '{0}: ' followed by {1}.",
        FactSeverity.Warning, Dataset);

    /// <summary>FG0402: a dataset cell that is not of its column's type.</summary>
    public static readonly FactRule CellOfWrongType = new(
        "FG0402", "Cell of the wrong type",
        "'{0}' is not {1}, the type of column '{2}', so the row is left out. Write {3}.",
        FactSeverity.Warning, Dataset);

    /// <summary>FG0403: a column type the format does not have.</summary>
    public static readonly FactRule UnknownColumnType = new(
        "FG0403", "Unknown column type",
        "'{0}' is not a column type, so the dataset is left out.{1} Write one of: {2}.",
        FactSeverity.Warning, Dataset);

    /// <summary>FG0501: a quote that its source's archived text does not contain.</summary>
    public static readonly FactRule QuoteNotInArchive = new(
        "FG0501", "Quote is not in the archived source",
        "The quote is not in {0}: {1}. Write the words as the archive does{2}.",
        FactSeverity.Warning, Archive);

    /// <summary>FG0502: a source names an archive that the build was not given.</summary>
    public static readonly FactRule ArchiveNotSupplied = new(
        "FG0502", "Archived source is not supplied",
        "No source text given to the build matches '{0}', so the quotes of '{1}' are not verified. Add the file as a FactSourceText item (facts/**/*.txt and facts/**/*.md are taken by default), or correct the name.",
        FactSeverity.Info, Archive);

    /// <summary>FG0503: a locator that disagrees with where the quote stands in the archive.</summary>
    public static readonly FactRule LocatorDisagrees = new(
        "FG0503", "Locator disagrees with the archive",
        "The locator says '{0}', but the quote stands at {1} of {2}. Write 'locator: {1}', or leave the locator out and FactGen takes it from the archive.",
        FactSeverity.Warning, Archive);

    /// <summary>FG0504: an archive that cannot be read as text.</summary>
    public static readonly FactRule ArchiveUnusable = new(
        "FG0504", "Archived source cannot be used",
        "'{0}' cannot be used as the archive of '{1}': {2}, so its quotes are not verified. {3}.",
        FactSeverity.Warning, Archive);

    /// <summary>FG0505: <c>match:</c> on a source that names no archive, which nothing then compares.</summary>
    public static readonly FactRule MatchWithoutArchive = new(
        "FG0505", "Match without an archive",
        "'match: {0}' has no effect: '{1}' names no archive, so its quotes are compared with no text. Write 'archive:' with the file its quotes come from, or leave 'match' out.",
        FactSeverity.Warning, Archive);

    /// <summary>FG0601: a fact whose kind cannot be compared with its measure's other facts.</summary>
    public static readonly FactRule MeasureMixesKinds = new(
        "FG0601", "Measure mixes kinds",
        "This fact of measure '{0}' is {1}, but '{2}' ({3}) of the same measure is {4}, so the two cannot be compared and this one is left out of the measure. Give it a measure of its own, or correct its value: counts go with counts, shares with shares, money with money in one currency.",
        FactSeverity.Warning, Measure);

    /// <summary>FG0602: two facts of one measure, scope and period that admit no common value.</summary>
    public static readonly FactRule MeasureContradiction = new(
        "FG0602", "Facts of one measure contradict",
        "This fact admits {0} for measure '{1}', but '{2}' ({3}), over an overlapping period, admits {4}: they cannot both be true. Correct the value or precision of one of them, write the periods or scopes the texts state, or mark the older one 'superseded_by' the newer.",
        FactSeverity.Warning, Measure);

    /// <summary>FG1001: code writes a figure that a fact holds, without the fact.</summary>
    public static readonly FactRule FigureIsAFact = new(
        "FG1001", "Figure is a known fact",
        "'{0}' is the value of {1}. Use the fact instead of the bare figure, so that the figure keeps its source: write {2}.",
        FactSeverity.Warning, Figures);

    /// <summary>FG1002: code shows a reader a figure with no fact behind it.</summary>
    public static readonly FactRule UnsourcedFigure = new(
        "FG1002", "Figure has no source",
        "'{0}' {1} with no fact behind it. Put the figure in a fact file with its source and quote and use the fact, or pass it through Figure.Unsourced(value, \"why\") when it needs no source.",
        FactSeverity.Warning, Figures);

    /// <summary>FG1003: a resource value writes a figure by hand.</summary>
    public static readonly FactRule FigureInResource = new(
        "FG1003", "Figure written in a resource",
        "'{0}' in the resource '{1}' {2}. Put a format item in its place and, where the resource is formatted, fill it with {3}, so that the figure keeps its source.",
        FactSeverity.Warning, Figures);

    private static readonly Dictionary<string, FactRule> s_byId = typeof(FactRules)
        .GetFields()
        .Where(field => field.FieldType == typeof(FactRule))
        .Select(field => (FactRule)field.GetValue(null)!)
        .ToDictionary(rule => rule.Id);

    /// <summary>Every rule, by id.</summary>
    public static IEnumerable<FactRule> All => s_byId.Values.OrderBy(rule => rule.Id, System.StringComparer.Ordinal);

    /// <summary>The rule with <paramref name="id"/>.</summary>
    public static FactRule Get(string id) => s_byId[id];
}
