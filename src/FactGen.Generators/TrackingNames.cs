namespace FactGen.Generators;

/// <summary>Names of the generator's pipeline steps, so that tests can check each step's run reason.</summary>
public static class TrackingNames
{
    /// <summary>The additional files marked as fact files.</summary>
    public const string FactFiles = nameof(FactFiles);

    /// <summary>The limits on each fact file, from the build properties.</summary>
    public const string Limits = nameof(Limits);

    /// <summary>How facts of one measure are compared, from the analyzer config (<c>factgen_about_tolerance</c>).</summary>
    public const string MeasureOptions = nameof(MeasureOptions);

    /// <summary>Each fact file parsed into its model.</summary>
    public const string Parsed = nameof(Parsed);

    /// <summary>All parsed files validated together.</summary>
    public const string Validated = nameof(Validated);

    /// <summary>Each fact file as it is generated.</summary>
    public const string EmitFiles = nameof(EmitFiles);

    /// <summary>The registry and sources as they are generated.</summary>
    public const string Registry = nameof(Registry);

    /// <summary>Each archived source text, read and indexed.</summary>
    public const string Archives = nameof(Archives);

    /// <summary>Each source with its archive's name and the quotes that cite it.</summary>
    public const string CitedSources = nameof(CitedSources);

    /// <summary>Each source with the supplied archive its name finds.</summary>
    public const string ArchiveLookups = nameof(ArchiveLookups);

    /// <summary>Each source's quotes checked against its archive.</summary>
    public const string Verified = nameof(Verified);

    /// <summary>Each fact file as it is generated, with the check of each citation.</summary>
    public const string CheckedFiles = nameof(CheckedFiles);

    /// <summary>The namespace and language features of the compilation.</summary>
    public const string Options = nameof(Options);
}
