namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>
/// Configuration section <c>Publicity:PersonalData</c>: the keys that protect contest entrants' phone
/// numbers. Both keys are the base64 of 32 random bytes (<c>openssl rand -base64 32</c>); never logged,
/// supplied from a secret store in production. 参赛者手机号的加密密钥与查找用 HMAC 密钥，必须分开。
/// </summary>
public sealed class PersonalDataOptions
{
    public const string Section = "Publicity:PersonalData";

    public const int KeyBytes = 32;

    /// <summary>The AES-256-GCM key that encrypts the numbers at rest.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>The HMAC-SHA256 key of the lookup hash; distinct from <see cref="EncryptionKey"/>.</summary>
    public string? HmacKey { get; set; }

    /// <summary>Names the key pair; stored with every protected number so a rotation can tell old from new.</summary>
    public string KeyId { get; set; } = "k1";

    /// <summary>The decoded keys, or an <see cref="InvalidOperationException"/> naming the setting that is missing or wrong.</summary>
    public (byte[] EncryptionKey, byte[] HmacKey) DecodeKeys()
    {
        var encryption = Decode(EncryptionKey, nameof(EncryptionKey));
        var hmac = Decode(HmacKey, nameof(HmacKey));
        if (encryption.AsSpan().SequenceEqual(hmac))
        {
            throw new InvalidOperationException($"{Section}:{nameof(HmacKey)} must differ from {Section}:{nameof(EncryptionKey)}.");
        }

        if (string.IsNullOrWhiteSpace(KeyId))
        {
            throw new InvalidOperationException($"{Section}:{nameof(KeyId)} must not be blank.");
        }

        return (encryption, hmac);
    }

    static byte[] Decode(string? value, string name)
    {
        var buffer = new byte[KeyBytes + 1];
        if (string.IsNullOrWhiteSpace(value)
            || !Convert.TryFromBase64String(value.Trim(), buffer, out var written)
            || written != KeyBytes)
        {
            throw new InvalidOperationException(
                $"{Section}:{name} must be the base64 of exactly {KeyBytes} random bytes (openssl rand -base64 32).");
        }

        return buffer[..KeyBytes];
    }
}
