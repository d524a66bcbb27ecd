package org.globalaifund.ledger.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.globalaifund.ledger.AccountKey;
import org.globalaifund.ledger.NewEntry;
import org.globalaifund.ledger.Side;
import org.globalaifund.ledger.support.H2TestDatabase;
import org.globalaifund.ledger.support.LedgerFixture;

/** Profiling loop: CPU time per entry for single entries and 8000-batches on H2 file mode. Args: mode rounds. */
public final class LedgerProfile {
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "single";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        H2TestDatabase db = H2TestDatabase.file(System.getProperty("java.io.tmpdir") + "/ledger-profile/ledger");
        LedgerFixture f = new LedgerFixture(db);
        long[] acc = new long[2000];
        f.run(l -> {
            for (int i = 0; i < acc.length; i++) {
                acc[i] = l.accounts().open(AccountKey.of("FIN-USD", "S" + i, "UNRESTRICTED"), Side.DEBIT).id();
            }
        });
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long seq = 0;
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int r = 0; r < rounds; r++) {
            int batch = mode.equals("single") ? 1 : 8000;
            int total = mode.equals("single") ? 10_000 : 16_000;
            long cpu = bean.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            for (int done = 0; done < total; done += batch) {
                List<NewEntry> es = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    long n = ++seq;
                    int pick = (int) (n % 1000) * 2;
                    es.add(NewEntry.builder("p:" + n, "FIN-USD", day).debit(acc[pick], 100).credit(acc[pick + 1], 100).build());
                }
                f.tx(l -> l.submit(es));
            }
            long wall = System.nanoTime() - t;
            System.out.printf("%s round %d: %.1f us cpu/entry, %.1f us wall/entry, %d/s%n", mode, r,
                    (bean.getCurrentThreadCpuTime() - cpu) / 1e3 / total, wall / 1e3 / total, Math.round(total / (wall / 1e9)));
        }
        db.close();
        System.exit(0);
    }
}
