namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>The contest's conditions an entry may be refused or disqualified under (参赛作品要求).</summary>
public enum EntryRule
{
    /// <summary>内容违法 — not lawful.</summary>
    Unlawful,

    /// <summary>内容不健康 — not healthy.</summary>
    Unhealthy,

    /// <summary>偏离主题 — off the contest's theme.</summary>
    OffTheme,

    /// <summary>非原创 — not the entrant's original work.</summary>
    NotOriginal,

    /// <summary>版权争议 — a copyright dispute.</summary>
    CopyrightDispute,
}
