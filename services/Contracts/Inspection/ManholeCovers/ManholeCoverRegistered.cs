using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 窨井盖建档 — a manhole cover was put on file (one file per well), singly or by a registry import.
/// <see cref="ComponentCode"/> is its 16-digit 部件 code; <see cref="Kind"/> the kind of well its 小类 names.
/// </summary>
[EntityName("digitalcity.inspection.manhole-cover-registered")]
public sealed record ManholeCoverRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CoverId,
    string ComponentCode,
    string Kind,
    string DistrictCode,
    string? GridCode,
    GeoPoint Location,
    string Address,
    string OwnerCode,
    string MaintainerCode,
    string Material,
    string State,
    bool AntiFallNet,
    string RegisteredBy) : IIntegrationEvent;
