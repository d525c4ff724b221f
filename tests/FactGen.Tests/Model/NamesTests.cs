using FactGen.Model.Parsing;
using Xunit;

namespace FactGen.Tests.Model;

public class NamesTests
{
    [Theory]
    [InlineData("it-specialists-left-2022")]
    [InlineData("shareamerica-2023")]
    [InlineData("a")]
    [InlineData("2022")]
    [InlineData("a.b_c-d")]
    [InlineData("élan-vital")]
    [InlineData("итоги-года")]
    public void Valid_ids(string id) => Assert.True(Names.IsValidId(id));

    [Theory]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("_a")]
    [InlineData(".a")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("a!")]
    [InlineData("a:b")]
    [InlineData("a\tb")]
    public void Invalid_ids(string id) => Assert.False(Names.IsValidId(id));

    [Theory]
    [InlineData("it-specialists-left-2022", "ItSpecialistsLeft2022")]
    [InlineData("russians-left-since-2022", "RussiansLeftSince2022")]
    [InlineData("a-b", "AB")]
    [InlineData("a_b", "AB")]
    [InlineData("a.b.c", "ABC")]
    [InlineData("foo--bar", "FooBar")]
    [InlineData("alreadyPascal", "AlreadyPascal")]
    [InlineData("x", "X")]
    [InlineData("2022-foo", "_2022Foo")]
    [InlineData("2022", "_2022")]
    [InlineData("élan-vital", "ÉlanVital")]
    [InlineData("über_größe", "ÜberGröße")]
    [InlineData("итоги-года", "ИтогиГода")]
    [InlineData("class", "Class")]
    [InlineData("", "_")]
    [InlineData("---", "_")]
    public void ToPascalCase(string name, string expected) => Assert.Equal(expected, Names.ToPascalCase(name));

    [Theory]
    [InlineData("facts/brain-drain.yaml", "BrainDrain")]
    [InlineData("facts/brain-drain.yml", "BrainDrain")]
    [InlineData("facts\\sub\\brain-drain.yaml", "BrainDrain")]
    [InlineData("C:\\repo\\facts/mixed\\brain-drain.yaml", "BrainDrain")]
    [InlineData("/abs/path/it-specialists.yaml", "ItSpecialists")]
    [InlineData("brain-drain.yaml", "BrainDrain")]
    [InlineData("brain-drain", "BrainDrain")]
    [InlineData("facts.v2/brain-drain", "BrainDrain")]
    [InlineData("facts/brain-drain.fact.yaml", "BrainDrainFact")]
    [InlineData("facts/2022-report.yaml", "_2022Report")]
    public void ClassNameOf(string path, string expected) => Assert.Equal(expected, Names.ClassNameOf(path));
}
