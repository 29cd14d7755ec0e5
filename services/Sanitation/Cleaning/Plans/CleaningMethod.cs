namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>How a road is cleaned.</summary>
public enum CleaningMethod
{
    /// <summary>机扫 — machine sweeping.</summary>
    MachineSweep,

    /// <summary>冲洗 — washing (洗扫车, 冲洗车).</summary>
    Wash,

    /// <summary>人工保洁 — manual sweeping and litter picking.</summary>
    ManualSweep,
}
