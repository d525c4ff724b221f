using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Generators.Emit;

/// <summary>
/// The generated names that a CLS-compliant project cannot expose as they are: a name that starts with <c>_</c> (an
/// id or file name that starts with a digit) and names that differ only in case. Such a member is marked
/// <c>[CLSCompliant(false)]</c>, and only in a project that declares <c>[assembly: CLSCompliant(true)]</c>, where
/// the compiler would warn (CS3008, CS3005); elsewhere the attribute itself would be a warning (CS3021).
/// </summary>
internal static class ClsNames
{
    /// <summary>The attribute that marks a member the CLS cannot name.</summary>
    public const string NotCompliant = "[global::System.CLSCompliant(false)]";

    /// <summary>Whether <paramref name="name"/>, alone, is not a CLS identifier.</summary>
    public static bool IsNotCompliant(string name) => name.StartsWith("_", StringComparison.Ordinal);

    /// <summary>
    /// The names among <paramref name="names"/> (members of one type) that the CLS does not allow, or none when the
    /// project is not CLS-compliant (the names are then not read).
    /// </summary>
    public static ISet<string> NotCompliantAmong(EmitOptions options, IEnumerable<string> names)
    {
        if (!options.ClsCompliant)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        var caseOnly = distinct.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).SelectMany(group => group);
        return new HashSet<string>(distinct.Where(IsNotCompliant).Concat(caseOnly), StringComparer.Ordinal);
    }

    /// <summary>Writes <see cref="NotCompliant"/> when the project is CLS-compliant and <paramref name="notCompliant"/>.</summary>
    public static void Mark(SourceWriter writer, EmitOptions options, bool notCompliant)
    {
        if (options.ClsCompliant && notCompliant)
        {
            writer.Line(NotCompliant);
        }
    }
}
