// A short report on Russia's IT brain drain in which every figure comes from a fact in facts/.
// Each figure is printed through Footnotes, so the notes and the bibliography list exactly the facts used.
using System;
using System.Linq;
using BrainDrainReport;
using BrainDrainReport.Facts;
using FactGen;
using FactGen.Reporting;

var notes = new Footnotes();
IReportWriter report;
switch (args)
{
    case []:
        report = new ReportWriter(Console.Out, notes);
        break;
    case ["--html", var path]:
        report = new HtmlReportWriter(path, notes);
        break;
    default:
        Console.Error.WriteLine("Usage: BrainDrainReport [--html <file.html>]");
        return 2;
}

report.Title("Russia's IT brain drain");
report.Paragraph(
    $"Since 2022, {RussiaTopTalentFleeing.RussiansLeftSince2022} have left Russia, including ",
    $"{RussiaTopTalentFleeing.ItSpecialistsLeftSince2022}, who make up ",
    $"{RussiaTopTalentFleeing.ItSpecialistsLeftShareOfTechSector}.");
// A derived figure: both counts are ShareAmerica's, of the same people over the same period (the 1 million includes the
// IT specialists), so the share is meaningful; it is cited with both facts' footnotes and a note on how it was computed.
var itShareOfEmigrants = RussiaTopTalentFleeing.ItSpecialistsLeftSince2022.Over(
    RussiaTopTalentFleeing.RussiansLeftSince2022, "of the Russians who left");
report.Paragraph($"IT specialists were thus {itShareOfEmigrants} since 2022.");
report.Paragraph(
    $"The exodus began early. By the start of April 2022, {RussianItSpecialistsInYerevan.RussiansLeftSinceInvasionApr2022} ",
    $"had left since the invasion, {RussianItSpecialistsInYerevan.ItWorkersLeftPastMonthShare} within a month, ",
    $"and {RussianItSpecialistsInYerevan.ItWorkersExpectedToLeaveByEndApril} were expected to follow by the end of April.");
report.Paragraph(
    $"Russia's Minister for Digital Development put the year's departures at {SvtCyberFlight.ItSpecialistsLeft2022}, ",
    $"{SvtCyberFlight.ItIndustryShareLeft2022}.");
report.Paragraph($"The two counts of IT specialists who left agree: {FactMeasures.ItSpecialistsEmigrated}.");
report.Paragraph(
    $"To keep them, the government offered a draft exemption to specialists aged {RussianItSpecialistsInYerevan.DraftExemptionAgeLimit} ",
    $"who had worked in IT for {RussianItSpecialistsInYerevan.DraftExemptionMinItExperience}.");
report.Paragraph($"Money left with the people: Russians' capital flight totaled {RussiaTopTalentFleeing.RussianCapitalFlight}.");
report.Paragraph(
    $"Migrants interviewed in Armenia and Georgia, whose average age was {RussiaTopTalentFleeing.ArmeniaGeorgiaMigrantsAverageAge}, ",
    $"gave {RussiaTopTalentFleeing.ReasonsForLeavingCount} for leaving, in order of importance:");
report.NumberedList(RussiaTopTalentFleeing.ReasonsForLeaving.OrderBy(reason => reason.Rank).Select(reason => reason.Reason));

// Only figures of one kind and unit share a chart's axis: people with people, IT specialists with IT specialists.
report.Chart(CitedChart.Bars(
    "People who left Russia, as two sources counted them",
    new ChartMark(RussiaTopTalentFleeing.RussiansLeftSince2022),
    new ChartMark(RussianItSpecialistsInYerevan.RussiansLeftSinceInvasionApr2022)));
report.Chart(CitedChart.Dots(
    "IT specialists who left Russia: two sources, one figure",
    new ChartMark(RussiaTopTalentFleeing.ItSpecialistsLeftSince2022),
    new ChartMark(SvtCyberFlight.ItSpecialistsLeft2022)));
report.End();
return 0;
