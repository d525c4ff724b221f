namespace FactGen.Model.Validation;

/// <summary>
/// What the generator emits for the fact files of one compilation, after the rules across files. Its files and sources
/// hold no places in the YAML (<c>WithoutPlaces</c>): only what the code shows, so an edit that moves lines emits nothing.
/// </summary>
/// <param name="Files">One entry per fact file, holding only what is valid, in path order.</param>
/// <param name="Sources">Every source declared once, in id order.</param>
/// <param name="Diagnostics">What the rules across files found (the files' own diagnostics are in their <see cref="FactFile"/>).</param>
/// <param name="Measures">Every measure that has a fact generated, in id order.</param>
/// <param name="CitedSources">
/// Every source with the quotes of generated facts and rows that cite it, located (the quote verifier reports at
/// those places); what the verification gives the emitter holds none.
/// </param>
public sealed record FactSet(
    EquatableArray<EmitFile> Files,
    EquatableArray<SourceSpec> Sources,
    EquatableArray<FactDiagnostic> Diagnostics,
    EquatableArray<EmitMeasure> Measures = default,
    EquatableArray<Verification.CitedSource> CitedSources = default)
{
    /// <summary>The registry's view: the id and fact file of every fact that is generated.</summary>
    public EquatableArray<RegistryEntry> RegistryEntries { get; } = BuildEntries(Files);

    private static EquatableArray<RegistryEntry> BuildEntries(EquatableArray<EmitFile> files)
    {
        var entries = new System.Collections.Generic.List<RegistryEntry>();
        foreach (var file in files)
        {
            foreach (var fact in file.Facts)
            {
                entries.Add(new RegistryEntry(fact.Fact.Id, file.ClassName, file.Part));
            }
        }

        return entries.ToEquatableArray();
    }
}

/// <summary>One fact file as it is generated.</summary>
/// <param name="HintName">The generated file's name, unique in the compilation.</param>
/// <param name="Path">The fact file.</param>
/// <param name="ClassName">The class generated; files of the same name share it as a partial class.</param>
/// <param name="Facts">The facts to generate.</param>
/// <param name="Datasets">The datasets to generate.</param>
/// <param name="Part">Which file of its class this is, from 0: files of the same name share their class as parts.</param>
/// <param name="RowChecks">The check of each row's citation, dataset by dataset in order, once the quotes are verified.</param>
public sealed record EmitFile(string HintName, string Path, string ClassName, EquatableArray<EmitFact> Facts, EquatableArray<DatasetSpec> Datasets, int Part, EquatableArray<Verification.CitationCheck> RowChecks = default)
{
    /// <summary>True for the first file of its class, which alone carries the class's docs and attributes.</summary>
    public bool IsFirstOfClass => Part == 0;
}

/// <summary>
/// A fact to generate, how its source reads in docs (in full, and short for tools that name the fact), and, when it
/// is superseded or deprecated, the text of its <c>[Obsolete]</c>; and, once the quotes are verified, the check of its quote.
/// </summary>
/// <param name="Fact">The fact.</param>
/// <param name="SourceReference">Its source in full, for docs.</param>
/// <param name="SourceShortReference">Its source, short, for tools that name the fact.</param>
/// <param name="ObsoleteMessage">The text of its <c>[Obsolete]</c>, or null.</param>
/// <param name="Corroborators">The facts of its measure, scope and period that agree with it.</param>
/// <param name="MeasureMember">The member of <c>FactMeasures</c> that lists it with its measure, or null.</param>
/// <param name="Check">The check of its quote against its source's archive, once the quotes are verified.</param>
public sealed record EmitFact(
    FactSpec Fact,
    string SourceReference,
    string SourceShortReference,
    string? ObsoleteMessage,
    EquatableArray<Corroborator> Corroborators = default,
    string? MeasureMember = null,
    Verification.CitationCheck? Check = null);

/// <summary>A fact that agrees with another of its measure: where it is generated and its source, for the other's docs.</summary>
public sealed record Corroborator(string ClassName, string MemberName, string SourceShortReference);

/// <summary>
/// A measure as it is generated: its facts, the most precise first, and the interval they all agree on, or null
/// when they disagree or cannot be compared (different scopes, periods that do not overlap).
/// </summary>
public sealed record EmitMeasure(string Id, string MemberName, EquatableArray<MeasuredFact> Facts, Measures.FigureInterval? Agreement);

/// <summary>A fact of a measure: its id and where its fact table has it (<see cref="EmitFile.Part"/>, index in the file).</summary>
public sealed record MeasuredFact(string Id, string ClassName, int Part, int Index);

/// <summary>
/// A fact's id and the fact file it comes from. The entries of a file follow each other in the order of its facts,
/// which is the order of its fact table.
/// </summary>
/// <param name="Id">The fact id.</param>
/// <param name="ClassName">The class of its fact file.</param>
/// <param name="Part">Which file of that class (<see cref="EmitFile.Part"/>).</param>
public sealed record RegistryEntry(string Id, string ClassName, int Part);
