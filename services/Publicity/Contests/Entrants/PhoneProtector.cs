using System.Security.Cryptography;
using System.Text;
using DigitalCity.ServiceDefaults.PersonalData;

namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>
/// Protects contest entrants' mobile numbers: encrypts them (AES-256-GCM, a fresh nonce each time),
/// hashes them with a keyed HMAC so an entrant's entries are found by number without decrypting, and
/// masks them. Messages never contain the number. 加密存储、HMAC 查找、脱敏展示。
/// </summary>
public sealed class PhoneProtector
{
    const int NonceBytes = 12;
    const int TagBytes = 16;
    static readonly byte[] LookupContext = Encoding.UTF8.GetBytes("digitalcity/publicity/entrant-phone:");

    readonly byte[] _encryptionKey;
    readonly byte[] _hmacKey;
    readonly string _keyId;

    /// <summary>Refuses missing, short or identical keys with an <see cref="InvalidOperationException"/> naming the setting.</summary>
    public PhoneProtector(PersonalDataOptions options)
    {
        (_encryptionKey, _hmacKey) = options.DecodeKeys();
        _keyId = options.KeyId.Trim();
    }

    /// <summary>The key id new numbers are protected under.</summary>
    public string KeyId => _keyId;

    /// <summary>Normalises and checks the number, then encrypts, hashes and masks it.</summary>
    /// <exception cref="ArgumentException">Not a mainland mobile number; the message does not repeat it.</exception>
    public ProtectedPhone Protect(string phone)
    {
        var number = Canonical(phone);
        var plaintext = Encoding.UTF8.GetBytes(number);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagBytes];
        using (var aes = new AesGcm(_encryptionKey, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(_keyId));
        }

        return new ProtectedPhone(_keyId, nonce, ciphertext, tag, Hash(number), PhoneNumber.Mask(number));
    }

    /// <summary>The number in clear, for authorised staff only.</summary>
    /// <exception cref="CryptographicException">
    /// The value was altered (ciphertext, nonce, tag or key id) or was protected under another key.
    /// </exception>
    public string Reveal(ProtectedPhone protectedPhone)
    {
        if (!string.Equals(protectedPhone.KeyId, _keyId, StringComparison.Ordinal))
        {
            throw new CryptographicException(
                $"The phone number was protected under key '{protectedPhone.KeyId}', not the configured '{_keyId}'; re-protect it during rotation.");
        }

        if (protectedPhone.Nonce.Length != NonceBytes || protectedPhone.Tag.Length != TagBytes)
        {
            throw new CryptographicException("The protected phone number's nonce or tag has the wrong length.");
        }

        var plaintext = new byte[protectedPhone.Ciphertext.Length];
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Decrypt(protectedPhone.Nonce, protectedPhone.Ciphertext, protectedPhone.Tag, plaintext, AssociatedData(protectedPhone.KeyId));
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>The keyed hash (lower-case hex HMAC-SHA256) an entrant's entries are looked up by.</summary>
    /// <exception cref="ArgumentException">Not a mainland mobile number.</exception>
    public string LookupHash(string phone) => Hash(Canonical(phone));

    /// <summary>The number as everyone but authorised staff sees it: 173****5029.</summary>
    /// <exception cref="ArgumentException">Not a mainland mobile number.</exception>
    public static string Mask(string phone) => PhoneNumber.Mask(Canonical(phone));

    static string Canonical(string phone) =>
        PhoneNumber.NormalizeMobile(phone ?? "")
        ?? throw new ArgumentException("The phone number is not a mainland mobile number (11 digits from 13…19).", nameof(phone));

    string Hash(string number)
    {
        var message = new byte[LookupContext.Length + Encoding.UTF8.GetByteCount(number)];
        LookupContext.CopyTo(message, 0);
        Encoding.UTF8.GetBytes(number, message.AsSpan(LookupContext.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(_hmacKey, message));
    }

    static byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes($"entrant-phone:{keyId}");
}
