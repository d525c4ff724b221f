using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Model;
using Xunit;

namespace FactGen.Tests.Model;

public class FactRulesTests
{
    [Fact]
    public void Ids_are_unique_stable_and_found()
    {
        var rules = FactRules.All.ToArray();

        Assert.Equal(
            new[]
            {
                "FG0000", "FG0001", "FG0002", "FG0003", "FG0004", "FG0005", "FG0006", "FG0007", "FG0101", "FG0102", "FG0103", "FG0104", "FG0105", "FG0106", "FG0107", "FG0108", "FG0109",
                "FG0110", "FG0111", "FG0112", "FG0113", "FG0201", "FG0202", "FG0203", "FG0204", "FG0205", "FG0301", "FG0302", "FG0401", "FG0402", "FG0403", "FG0501", "FG0502", "FG0503", "FG0504", "FG0505", "FG0601", "FG0602", "FG1001", "FG1002",
                "FG1003",
            },
            rules.Select(rule => rule.Id));
        Assert.All(rules, rule => Assert.Same(rule, FactRules.Get(rule.Id)));
        Assert.Same(FactRules.RangeReversed, FactRules.Get("FG0105"));
    }

    [Fact]
    public void Every_message_formats_with_its_arguments()
    {
        foreach (var rule in FactRules.All)
        {
            var count = Regex.Matches(rule.MessageFormat, @"\{(\d+)\}").Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
            var message = rule.Format(Enumerable.Range(0, count).Select(index => "x" + index).ToArray());

            TestYaml.ReadsAsSentence(message);
            Assert.Equal($"https://github.com/factgen/factgen/blob/main/docs/rules/{rule.Id}.md", rule.HelpLink);
        }
    }

    [Fact]
    public void Only_rules_that_leave_the_rest_of_a_file_unread_fail_the_build()
    {
        Assert.Equal(
            new[] { "FG0000", "FG0001", "FG0002", "FG0005", "FG0006", "FG0007" },
            FactRules.All.Where(rule => rule.Severity == FactSeverity.Error).Select(rule => rule.Id));
    }
}
