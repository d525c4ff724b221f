using System.Text;

namespace FactGen.Model.Parsing;

/// <summary>Turns ids and file names into C# names: <c>it-specialists-left-2022</c> → <c>ItSpecialistsLeft2022</c>.</summary>
public static class Names
{
    /// <summary>Whether <paramref name="id"/> is made of letters, digits, '-', '_' and '.', starting with a letter or digit.</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || !char.IsLetterOrDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The PascalCase form of <paramref name="name"/>: every run of letters and digits starts upper case, everything
    /// else goes; a name that would start with a digit, or be empty, starts with '_'. Keywords are the emitter's to escape.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        var startOfWord = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>The file name of <paramref name="path"/>, whether it is written with '/' or '\\'.</summary>
    public static string FileNameOf(string path) => path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);

    /// <summary>The class name of the fact file at <paramref name="path"/>: its file name without extension, PascalCase.</summary>
    public static string ClassNameOf(string path)
    {
        var fileName = FileNameOf(path);
        var dot = fileName.LastIndexOf('.');
        return ToPascalCase(dot > 0 ? fileName.Substring(0, dot) : fileName);
    }
}
