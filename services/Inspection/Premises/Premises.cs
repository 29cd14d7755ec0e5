using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// 一户一档 — the file of one household, shop, restaurant, market or gas company that special inspections
/// visit: what it is, where it is (district, grid), who supplies its gas and whom to call.
/// </summary>
public sealed class Premises : AggregateRoot
{
    Premises()
    {
    }

    public string Name { get; private set; } = "";

    public PremisesType Type { get; private set; }

    public string Address { get; private set; } = "";

    /// <summary>WGS84; optional, since many registers list addresses only.</summary>
    public GeoPoint? Location { get; private set; }

    /// <summary>A district of the place directory: the grid's when the location falls in one.</summary>
    public string DistrictCode { get; private set; } = "";

    public string? GridCode { get; private set; }

    /// <summary>燃气供应商 — the company that delivers its gas (a gas safety check asks for their contract).</summary>
    public string? GasSupplier { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactPhone { get; private set; }

    /// <summary>统一社会信用代码, unique among files when present.</summary>
    public string? CreditCode { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>The registrar-scoped <c>Idempotency-Key</c> it was registered with, unique when present.</summary>
    public string? IdempotencyKey { get; private set; }

    public string? RequestFingerprint { get; private set; }

    /// <summary>Opens a file and raises <see cref="PremisesRegistered"/>.</summary>
    public static Premises Register(PremisesDetails details, string registeredBy, TimeProvider time, IdempotencyStamp? stamp = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(registeredBy);
        var premises = new Premises
        {
            Id = Guid.NewGuid(),
            RegisteredBy = registeredBy,
            RegisteredAt = time.GetUtcNow(),
            IdempotencyKey = stamp?.ScopedKey,
            RequestFingerprint = stamp?.Fingerprint,
        };
        premises.Apply(details);
        premises.Raise(new PremisesRegistered(
            Guid.NewGuid(), premises.RegisteredAt, premises.Id, premises.Name, premises.Type.ToString(), premises.Address, premises.Location,
            premises.DistrictCode, premises.GridCode, premises.GasSupplier, premises.CreditCode, registeredBy));
        return premises;
    }

    /// <summary>The file as details, to compare with an edit.</summary>
    public PremisesDetails Details() =>
        new(Name, Type, Address, Location, DistrictCode, GridCode, GasSupplier, ContactName, ContactPhone, CreditCode);

    /// <summary>
    /// Replaces the file's details and raises <see cref="PremisesUpdated"/>; false, raising nothing, when
    /// they are the same (a re-import of an unchanged row).
    /// </summary>
    public bool Update(PremisesDetails details, string updatedBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(updatedBy);
        if (details == Details())
        {
            return false;
        }

        Apply(details);
        UpdatedBy = updatedBy;
        UpdatedAt = time.GetUtcNow();
        Raise(new PremisesUpdated(
            Guid.NewGuid(), UpdatedAt.Value, Id, Version + 1, Name, Type.ToString(), Address, Location,
            DistrictCode, GridCode, GasSupplier, CreditCode, updatedBy));
        return true;
    }

    void Apply(PremisesDetails details)
    {
        Name = details.Name;
        Type = details.Type;
        Address = details.Address;
        Location = details.Location;
        DistrictCode = details.DistrictCode;
        GridCode = details.GridCode;
        GasSupplier = details.GasSupplier;
        ContactName = details.ContactName;
        ContactPhone = details.ContactPhone;
        CreditCode = details.CreditCode;
    }
}
