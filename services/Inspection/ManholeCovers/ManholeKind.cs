namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// 井盖种类 — the kind of well a cover closes, named by the 小类 of its component code under 大类 01 公用设施
/// (the numbers are the 小类 codes, see <see cref="ComponentCode"/>).
/// </summary>
public enum ManholeKind
{
    /// <summary>01 上水井盖 — drinking-water supply.</summary>
    Water = 1,

    /// <summary>02 污水井盖 — sewage.</summary>
    Sewage = 2,

    /// <summary>03 雨水井盖 — storm water.</summary>
    Rain = 3,

    /// <summary>04 电力井盖 — power cables.</summary>
    Power = 4,

    /// <summary>05 通信井盖 — telecom cables.</summary>
    Telecom = 5,

    /// <summary>06 燃气井盖 — gas valves.</summary>
    Gas = 6,

    /// <summary>07 热力井盖 — district heating.</summary>
    Heating = 7,
}
