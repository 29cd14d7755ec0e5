namespace DigitalCity.Inspection.Campaigns.Checklists;

/// <summary>
/// The checklist templates a new city starts with (version 1 of each), from domain notes §6: the gas-safety
/// check of restaurants and shops the Spring Festival sweep used, the manhole-cover defects and street order.
/// Administrators and campaign managers add versions over the API.
/// </summary>
public static class ChecklistSeed
{
    public const string GasSafety = "gas-safety";
    public const string ManholeCovers = "manhole-covers";
    public const string StreetOrder = "street-order";

    const string GasRegulation = "《城镇燃气管理条例》";
    const string LpgCode = "GB 51142《液化石油气供应工程技术规范》";
    const string FireLaw = "《中华人民共和国消防法》";
    const string RoadRegulation = "《城市道路管理条例》";
    const string AppearanceRegulation = "《城市市容和环境卫生管理条例》";

    public static IReadOnlyList<ChecklistTemplate> Templates { get; } =
    [
        Template(GasSafety, "餐饮场所燃气安全检查表", InspectionType.GasSafety,
        [
            new("supply-contract", "与持证燃气经营企业签订供用气合同", HazardSeverity.Major, GasRegulation),
            new("cylinder-inspected", "气瓶在检验有效期内，有充装标签", HazardSeverity.Major, LpgCode),
            new("cylinder-limit", "现场存放气瓶不超过 4 瓶、总量不超过 100 kg", HazardSeverity.Major, LpgCode),
            new("cylinder-distance", "气瓶与灶具间距不小于 1 m", HazardSeverity.General, LpgCode),
            new("metal-hose", "使用金属软管，长度不超过 2 m，无接头、无三通", HazardSeverity.Major, LpgCode),
            new("leak-alarm", "安装可燃气体报警器并联动自动切断阀，通电正常", HazardSeverity.Serious, GasRegulation),
            new("flame-failure", "灶具有熄火保护装置", HazardSeverity.Major, GasRegulation),
            new("extinguisher", "配备灭火器且在有效期内", HazardSeverity.General, FireLaw),
            new("ventilation", "用气场所通风良好", HazardSeverity.General, LpgCode),
            new("no-basement", "不在地下室、半地下室使用瓶装液化石油气", HazardSeverity.Serious, GasRegulation),
        ]),
        Template(ManholeCovers, "窨井盖安全检查表", InspectionType.ManholeCovers,
        [
            new("missing", "井盖缺失", HazardSeverity.Serious, RoadRegulation),
            new("broken", "井盖破损", HazardSeverity.Major, RoadRegulation),
            new("loose", "井盖松动、移位", HazardSeverity.Major, RoadRegulation),
            new("sunken", "井盖沉陷、凸起", HazardSeverity.General, RoadRegulation),
            new("noisy", "井盖异响", HazardSeverity.General, RoadRegulation),
            new("mixed-up", "井盖混用、错盖", HazardSeverity.General, RoadRegulation),
            new("unmarked", "井盖无权属标识", HazardSeverity.General, RoadRegulation),
            new("no-anti-fall-net", "未安装防坠网", HazardSeverity.Major, RoadRegulation),
        ]),
        Template(StreetOrder, "街面秩序检查表", InspectionType.StreetOrder,
        [
            new("unlicensed-vending", "无照经营游商", HazardSeverity.General, AppearanceRegulation),
            new("outside-trading", "店外经营、占道经营", HazardSeverity.General, AppearanceRegulation),
            new("piled-goods", "乱堆物堆料", HazardSeverity.General, AppearanceRegulation),
            new("open-air-barbecue", "露天烧烤", HazardSeverity.Major, AppearanceRegulation),
            new("illegal-ads", "非法小广告", HazardSeverity.General, AppearanceRegulation),
        ]),
    ];

    static ChecklistTemplate Template(string code, string name, InspectionType type, IReadOnlyList<ChecklistItem> items) =>
        new(code, 1, name, type, items, "seed", DateTimeOffset.UnixEpoch);
}
