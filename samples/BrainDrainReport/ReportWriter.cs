using System.IO;

namespace BrainDrainReport;

/// <summary>Writes the report as plain text: a title, wrapped paragraphs, numbered items and sections.</summary>
internal sealed class ReportWriter(TextWriter output)
{
    private const int Width = 88;

    public void Title(string title)
    {
        output.WriteLine(title);
        output.WriteLine(new string('=', title.Length));
        output.WriteLine();
    }

    public void Section(string heading)
    {
        output.WriteLine();
        output.WriteLine(heading);
        output.WriteLine(new string('-', heading.Length));
    }

    public void Paragraph(string text)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width)
            {
                output.WriteLine(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        output.WriteLine(line);
        output.WriteLine();
    }

    public void Item(long number, string text) => output.WriteLine($"  {number}. {text}");

    public void Raw(string text) => output.Write(text);
}
