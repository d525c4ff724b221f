// A short report on Russia's IT brain drain in which every figure comes from a fact in facts/.
// Each figure is printed through Footnotes, so the notes and the bibliography list exactly the facts used.
using System;
using BrainDrainReport;
using BrainDrainReport.Facts;
using FactGen;

var notes = new Footnotes();
var report = new ReportWriter(Console.Out);

report.Title("Russia's IT brain drain");
report.Paragraph(
    $"Since 2022, {notes.Cite(RussiaTopTalentFleeing.RussiansLeftSince2022)} have left Russia, including "
    + $"{notes.Cite(RussiaTopTalentFleeing.ItSpecialistsLeftSince2022)}, who make up "
    + $"{notes.Cite(RussiaTopTalentFleeing.ItSpecialistsLeftShareOfTechSector)}.");
// A derived figure: both counts are ShareAmerica's, of the same people over the same period (the 1 million includes the
// IT specialists), so the share is meaningful; it is cited with both facts' footnotes and a note on how it was computed.
var itShareOfEmigrants = RussiaTopTalentFleeing.ItSpecialistsLeftSince2022.Over(
    RussiaTopTalentFleeing.RussiansLeftSince2022, "of the Russians who left");
report.Paragraph($"IT specialists were thus {notes.Cite(itShareOfEmigrants)} since 2022.");
report.Paragraph(
    $"The exodus began early. By the start of April 2022, {notes.Cite(RussianItSpecialistsInYerevan.RussiansLeftSinceInvasionApr2022)} "
    + $"had left since the invasion, {notes.Cite(RussianItSpecialistsInYerevan.ItWorkersLeftPastMonthShare)} within a month, "
    + $"and {notes.Cite(RussianItSpecialistsInYerevan.ItWorkersExpectedToLeaveByEndApril)} were expected to follow by the end of April.");
report.Paragraph(
    $"Russia's Minister for Digital Development put the year's departures at {notes.Cite(SvtCyberFlight.ItSpecialistsLeft2022)}, "
    + $"{notes.Cite(SvtCyberFlight.ItIndustryShareLeft2022)}.");
report.Paragraph($"The two counts of IT specialists who left agree: {notes.Cite(FactMeasures.ItSpecialistsEmigrated)}.");
report.Paragraph(
    $"To keep them, the government offered a draft exemption to specialists aged {notes.Cite(RussianItSpecialistsInYerevan.DraftExemptionAgeLimit)} "
    + $"who had worked in IT for {notes.Cite(RussianItSpecialistsInYerevan.DraftExemptionMinItExperience)}.");
report.Paragraph($"Money left with the people: Russians' capital flight totaled {notes.Cite(RussiaTopTalentFleeing.RussianCapitalFlight)}.");
report.Paragraph(
    $"Migrants interviewed in Armenia and Georgia, whose average age was {notes.Cite(RussiaTopTalentFleeing.ArmeniaGeorgiaMigrantsAverageAge)}, "
    + $"gave {notes.Cite(RussiaTopTalentFleeing.ReasonsForLeavingCount)} for leaving, in order of importance:");
foreach (var reason in RussiaTopTalentFleeing.ReasonsForLeaving)
{
    report.Item(reason.Rank, reason.Reason);
}

report.Section("Notes");
report.Raw(notes.FormatFootnotes());
report.Section("Sources");
report.Raw(notes.FormatBibliography());
