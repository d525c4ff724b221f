namespace FactGen;

/// <summary>How the source text qualifies a figure.</summary>
public enum Precision
{
    /// <summary>The figure alone, with no qualifier.</summary>
    Exact,

    /// <summary>About, around, roughly, approximately, some.</summary>
    About,

    /// <summary>An estimated figure.</summary>
    Estimated,

    /// <summary>At least the figure.</summary>
    AtLeast,

    /// <summary>More than, over the figure.</summary>
    MoreThan,

    /// <summary>As many as the figure (a forecast).</summary>
    AsManyAs,

    /// <summary>Up to, at most the figure.</summary>
    UpTo,

    /// <summary>Less than, fewer than, under the figure.</summary>
    LessThan,
}
