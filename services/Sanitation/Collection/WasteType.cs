namespace DigitalCity.Sanitation.Collection;

/// <summary>The four streams of the city's waste sorting (垃圾分类).</summary>
public enum WasteType
{
    /// <summary>生活垃圾 (其他垃圾) — residual household waste, mostly to the waste-to-energy plant.</summary>
    Household,

    /// <summary>厨余垃圾 — kitchen and food waste.</summary>
    Kitchen,

    /// <summary>可回收物 — recyclables.</summary>
    Recyclable,

    /// <summary>有害垃圾 — hazardous waste (batteries, lamps, medicines).</summary>
    Hazardous,
}
