using System.IO;
using FactGen.Tests.Infrastructure;

namespace FactGen.Tests.Generator;

/// <summary>The fact files under TestFacts/, written for the generator tests.</summary>
public static class GeneratorTestData
{
    public static TestFactFile Load(string fileName)
        => new($"/project/facts/{fileName}", File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "TestFacts", fileName)));
}
