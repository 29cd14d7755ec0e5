namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>井盖材质 — what a cover is made of (it decides how it breaks and what replaces it).</summary>
public enum CoverMaterial
{
    /// <summary>铸铁 — grey cast iron.</summary>
    CastIron,

    /// <summary>球墨铸铁 — ductile iron, the usual heavy-duty road cover.</summary>
    DuctileIron,

    /// <summary>复合材料 — resin composite, with no scrap value to thieves.</summary>
    Composite,

    /// <summary>钢纤维混凝土 — (steel-fibre) concrete.</summary>
    Concrete,

    /// <summary>钢格板 — steel.</summary>
    Steel,

    Other,
}
