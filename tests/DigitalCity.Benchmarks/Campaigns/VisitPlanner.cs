using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Visits;

namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// Draws the visits of a round, deterministically from its seed: a random group of the campaign, random
/// premises of the group's district, between 08:00 and 18:00 city time on the group's day, recorded by
/// one of its officers. Every tenth visit has one failed item (a random one of the ten), alternately fixed
/// on the spot and ordered fixed by a deadline. Each drawn visit is added to the tally, which is why
/// any visit not recorded fails the run.
/// </summary>
sealed class VisitPlanner(SetUpCampaign campaign, VisitTally tally)
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly int WorkingSeconds = (int)TimeSpan.FromHours(10).TotalSeconds;

    public static IReadOnlyList<string> ItemCodes { get; } =
        [.. ChecklistSeed.Templates.Single(t => t.Code == ChecklistSeed.GasSafety).Items.Select(i => i.Code)];

    public PlannedVisit[] Draw(int count, int seed)
    {
        var random = new Random(seed);
        var visits = new PlannedVisit[count];
        for (var n = 0; n < count; n++)
        {
            var group = campaign.Groups[random.Next(campaign.Groups.Count)];
            var premises = campaign.Premises[group.DistrictCode];
            var visitedAt = new DateTimeOffset(group.Day.ToDateTime(new TimeOnly(8, 0)), China).AddSeconds(random.Next(WorkingSeconds));
            var failed = n % 10 == 9 ? ItemCodes[random.Next(ItemCodes.Count)] : null;
            var mode = n / 10 % 2 == 0 ? RectificationMode.Immediate : RectificationMode.ByDeadline;
            visits[n] = new PlannedVisit(group, premises[random.Next(premises.Count)], visitedAt, group.OfficerIds[random.Next(group.OfficerIds.Count)], failed, mode);
            tally.Add(visits[n]);
        }

        return visits;
    }
}
