package org.lexmaturity.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure the code keeps, checked on the compiled classes so that it fails the build when it drifts: no cycles
 * between packages, Vert.x only in the web layer, transactions only in the store, the shared kernel depending on
 * no feature, and JSON written one way.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lexmaturity");
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.lexmaturity.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void webFeaturesUseTheHttpKernelNotEachOther() {
        for (String feature : java.util.List.of("auth", "acts", "register", "surveys", "analyses", "reports", "screening", "opendata", "dashboard", "admin")) {
            noClasses().that().resideInAPackage("org.lexmaturity.web." + feature + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(java.util.stream.Stream.of("auth", "acts", "register", "surveys", "analyses", "reports", "screening", "opendata",
                            "dashboard", "admin").filter(f -> !f.equals(feature)).map(f -> "org.lexmaturity.web." + f + "..").toArray(String[]::new))
                    .because("what two web features share belongs in web.http, so a feature can change without touching another").check(classes);
        }
    }

    @Test
    void onlyTheWebLayerUsesVertx() {
        noClasses().that().resideOutsideOfPackage("org.lexmaturity.web..").should().dependOnClassesThat().resideInAPackage("io.vertx..")
                .because("HTTP is one layer: the features are plain Java that the command line and the tests call as well").check(classes);
    }

    @Test
    void onlyTheStoreOpensTransactions() {
        noClasses().that().resideOutsideOfPackage("org.lexmaturity.store..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.jena.system.Txn")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.jena.query.TxnType")
                .orShould().callMethodWhere(describe("begin, commit or abort a transaction", (JavaMethodCall call) ->
                        java.util.Set.of("begin", "commit", "abort", "end").contains(call.getName())
                                && call.getTargetOwner().isAssignableTo(org.apache.jena.sparql.core.Transactional.class)))
                .because("Store is the one class that opens transactions; callers hand it the unit of work").check(classes);
    }

    @Test
    void jsonIsWrittenWithJackson() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.jena.atlas.json..")
                .because("JSON is written one way: Jackson's generator (kernel.JsonOutput), and in the web layer Vert.x's JsonObject, "
                        + "which runs on Jackson").check(classes);
    }

    @Test
    void theKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.lexmaturity.kernel..").should().dependOnClassesThat()
                .resideOutsideOfPackages("org.lexmaturity.kernel..", "java..", "javax..", "org.apache..", "org.xml..", "org.w3c..", "org.slf4j..",
                        "com.fasterxml.jackson.core..", "com.ibm.icu..")
                .because("what several features share must not pull any one feature in").check(classes);
    }
}
