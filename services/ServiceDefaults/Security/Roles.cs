namespace DigitalCity.ServiceDefaults.Security;

/// <summary>The roles of the bureau's people and systems (domain §1), as they appear in tokens.</summary>
public static class Roles
{
    /// <summary>网格员 — reports cases, verifies and re-checks on site.</summary>
    public const string GridOfficer = "grid-officer";

    /// <summary>受理员 — supervision centre operator.</summary>
    public const string Operator = "operator";

    /// <summary>值班长 — files and closes cases.</summary>
    public const string ShiftLead = "shift-lead";

    /// <summary>派遣员 — command centre dispatcher.</summary>
    public const string Dispatcher = "dispatcher";

    /// <summary>专业部门 — a department's handler.</summary>
    public const string DepartmentHandler = "department-handler";

    /// <summary>执法人员 — special inspections: records visits in the inspection groups they belong to.</summary>
    public const string Inspector = "inspector";

    /// <summary>专项行动负责人 — plans special inspection campaigns: their checklists, premises and groups.</summary>
    public const string CampaignManager = "campaign-manager";

    /// <summary>环卫 — sanitation staff: record collection, cleaning and upkeep on their own routes and plans.</summary>
    public const string SanitationStaff = "sanitation-staff";

    /// <summary>环卫主管 — sanitation supervisor: keeps the facility registry, routes, schedules and cleaning plans.</summary>
    public const string SanitationSupervisor = "sanitation-supervisor";

    /// <summary>宣传编辑 — sets contests' rules and writes bulletins.</summary>
    public const string PublicityEditor = "publicity-editor";

    /// <summary>组委会 — the contest's organising committee: reviews entries, records likes, locks the results; may see entrants' numbers.</summary>
    public const string ContestCommittee = "contest-committee";

    /// <summary>评委 — scores entries' theme impression (题材印象).</summary>
    public const string Judge = "judge";

    /// <summary>Another city platform reading events and open data.</summary>
    public const string ExternalSystem = "external-system";

    /// <summary>系统管理员 — keeps the city's reference data: categories, grids, calendars.</summary>
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } =
        [GridOfficer, Operator, ShiftLead, Dispatcher, DepartmentHandler, Inspector, CampaignManager, SanitationStaff, SanitationSupervisor, PublicityEditor, ContestCommittee, Judge, ExternalSystem, Administrator];

    /// <summary>Supervision and command centre staff, who see every case.</summary>
    public static IReadOnlyList<string> CentreStaff { get; } = [Operator, ShiftLead, Dispatcher];

    /// <summary>Those who work on a contest's entries: the committee, the judges and the publicity editors.</summary>
    public static IReadOnlyList<string> ContestStaff { get; } = [ContestCommittee, Judge, PublicityEditor];
}
