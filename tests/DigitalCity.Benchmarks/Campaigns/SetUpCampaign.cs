namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>An inspection group as the benchmark formed it: the officers who may record its visits, its district and day.</summary>
sealed record SetUpGroup(Guid Id, string DistrictCode, DateOnly Day, IReadOnlyList<string> OfficerIds);

/// <summary>What <see cref="CampaignSetup"/> made through the API: the campaign, its groups and the premises on file per district.</summary>
sealed record SetUpCampaign(Guid Id, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<SetUpGroup> Groups, IReadOnlyDictionary<string, IReadOnlyList<Guid>> Premises, TimeSpan Elapsed)
{
    public IEnumerable<DateOnly> Days => Enumerable.Range(0, EndDate.DayNumber - StartDate.DayNumber + 1).Select(StartDate.AddDays);
}
