namespace DigitalCity.Sanitation.Facilities;

/// <summary>What a registered facility is (domain §7).</summary>
public enum FacilityKind
{
    /// <summary>收集点 — where households' and shops' waste is set out and collected; cleared every day (日产日清).</summary>
    CollectionPoint,

    /// <summary>垃圾中转站 — where collection vehicles unload and waste is compacted for the trip to disposal.</summary>
    TransferStation,

    /// <summary>处置场所 — where waste ends: the waste-to-energy plant (垃圾焚烧发电厂), a landfill, a kitchen-waste plant.</summary>
    DisposalSite,

    /// <summary>环卫车辆 — a collection, sweeping or washing vehicle, with its load ceiling.</summary>
    Vehicle,

    /// <summary>公厕 — a public toilet.</summary>
    PublicToilet,

    /// <summary>果皮箱/垃圾桶 — a street litter bin; may carry a fill-level sensor.</summary>
    LitterBin,

    /// <summary>环卫港湾 — a rest station for sanitation workers.</summary>
    RestStation,
}
