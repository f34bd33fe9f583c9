package app.kith.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kith never uses the network (PRODUCT.md, Privacy): no socket, HTTP client or URL connection in any of its
 * classes, and H2 only embedded (no server, no AUTO_SERVER). {@code NoNetworkRunTest} shows the same at run time.
 */
class NoNetworkRulesTest {

    /** What java.net may be used for: naming resources and files (a stylesheet's URL, a file URI). */
    private static final Set<String> NAMING_ONLY = Set.of(URI.class.getName(), URISyntaxException.class.getName(),
            URL.class.getName());

    private static JavaClasses kith;

    @BeforeAll
    static void importClasses() {
        kith = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.kith");
    }

    @Test
    void noClassUsesSocketsHttpOrNetworkChannels() {
        noClasses().should().dependOnClassesThat(describe("a network class", NoNetworkRulesTest::network))
                .because("Kith works offline: no telemetry, no update check, no sync")
                .check(kith);
    }

    @Test
    void noClassOpensAUrl() {
        noClasses().should().callMethod(URL.class, "openConnection")
                .orShould().callMethod(URL.class, "openStream")
                .orShould().callMethod(URL.class, "getContent")
                .orShould().callMethod(URI.class, "toURL")
                .because("a URL is only ever a resource's or a file's name in Kith")
                .check(kith);
    }

    @Test
    void h2RunsEmbeddedOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.h2.server..", "org.h2.tools.Server")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.h2.tools.Server")
                .because("the journal is a file opened in-process, never served")
                .check(kith);
    }

    private static boolean network(JavaClass type) {
        String name = type.getName();
        String pkg = type.getPackageName();
        if (pkg.equals("java.net")) {
            return !NAMING_ONLY.contains(name);
        }
        return pkg.startsWith("java.net.http") || pkg.startsWith("javax.net") || pkg.startsWith("jdk.net")
                || pkg.startsWith("java.rmi") || pkg.startsWith("javax.management.remote")
                || name.startsWith("java.nio.channels.") && (name.contains("Socket") || name.contains("Datagram")
                || name.endsWith("NetworkChannel") || name.endsWith("MembershipKey"));
    }
}
