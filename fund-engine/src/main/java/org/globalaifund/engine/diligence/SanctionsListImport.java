package org.globalaifund.engine.diligence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the UN Consolidated List file ADMIN uploads as a new version, which becomes the current list. The file is
 * read and hashed in one pass; a refused file writes nothing, and a file imported before (same SHA-256) writes
 * nothing either and names the earlier import.
 */
@Service
public class SanctionsListImport {

    private static final int MAX_FILE_NAME = 255;

    private final SanctionsListRepository lists;
    private final AuditTrail audit;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    public SanctionsListImport(SanctionsListRepository lists, AuditTrail audit, MessageSourceAccessor texts, Clock clock) {
        this.lists = lists;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** What an import did: the version it created, or ({@code fresh} false) the earlier import of the same file. */
    public record Result(SanctionsListVersion version, boolean fresh) {}

    @Transactional
    public Result importList(String adminId, String fileName, InputStream in) {
        MessageDigest sha256 = sha256();
        SanctionsListFile file;
        try (DigestInputStream hashed = new DigestInputStream(in, sha256)) {
            file = SanctionsListFile.read(hashed);
            hashed.transferTo(OutputStream.nullOutputStream()); // whatever follows the root element counts in the hash too
        } catch (SanctionsListFile.Refused refused) {
            throw FundException.invalid("file", texts.getMessage(refused.key(), refused.args()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hash = HexFormat.of().formatHex(sha256.digest());
        Optional<SanctionsListVersion> earlier = lists.findBySha256(hash);
        if (earlier.isPresent()) {
            return new Result(earlier.get(), false);
        }
        SanctionsListVersion version = new SanctionsListVersion(UUID.randomUUID().toString(), lists.nextImportNo(), baseName(fileName),
                hash, file.dateGenerated() == null || file.dateGenerated().length() > 40 ? null : file.dateGenerated(), clock.instant(),
                adminId, (int) file.individuals(), (int) file.entities(), (int) file.aliases());
        lists.insert(version, file);
        audit.record(adminId, "SANCTIONS_LIST_IMPORTED", "SANCTIONS_LIST", version.id(),
                "import " + version.importNo() + " of " + version.sourceFileName() + " (SHA-256 " + hash + ", generated "
                        + version.dateGenerated() + "): " + version.individuals() + " individuals, " + version.entities()
                        + " entities, " + version.aliases() + " aliases");
        return new Result(version, true);
    }

    /** The file's own name, without the folders some browsers send. */
    static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
