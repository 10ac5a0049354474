package id.puskesnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks behind {@link I18nPropertiesSyncTest} and {@link TemplateRulesTest}, run on a deliberately broken copy. */
class TemplateChecksTest {

    enum Colour { RED, GREEN }

    @TempDir
    Path project;

    TemplateChecks checks;

    @BeforeEach
    void brokenCopy() throws IOException {
        Path resources = project.resolve("resources");
        Path java = project.resolve("java");
        write(resources.resolve("messages.properties"), """
                a.key=Satu
                only.default=Hanya di sini
                empty.value=
                dup.key=Pertama
                dup.key=Kedua
                args.key=Ada {0} data
                quote.key=Data {0} tidak ada
                doubled.key=Sudah tidak ada
                Colour.RED=Merah
                """);
        write(resources.resolve("messages_en.properties"), """
                a.key=One
                only.english=Only here
                empty.value=\\u0020
                dup.key=First
                args.key=There are records
                quote.key=Can't find {0}
                doubled.key=It''s gone
                Colour.RED=Red
                """);
        write(resources.resolve("templates/things/page.html"), """
                <!DOCTYPE html>
                <html th:replace="~{layout :: layout(~{::title}, ~{::content})}" xmlns:th="http://www.thymeleaf.org">
                <head><title th:text="#{a.key}">Prototype title</title></head>
                <body>
                <div th:fragment="content">
                    <h1>Hard-coded heading</h1>
                    <p th:text="#{a.key}">Replaced <b>prototype</b> text</p>
                    <div th:replace="~{fragments/other :: thing}">Replaced by a fragment</div>
                    <div th:errors="*{name}">Error prototype</div>
                    <span th:text="${count}">12</span> · — ( ) &nbsp; &raquo; :
                    <p>[[#{a.key}]]</p>
                    <img src="x.png" alt="Logo of the office">
                    <input type="search" id="q" placeholder="Search here" aria-label="Search">
                    <input type="submit" value="Send"><button name="action" value="draft">...</button>
                    <a th:title="#{a.key}" th:href="@{/}" title="Go home">…</a>
                    <span th:text="'Literal text'">x</span>
                    <span th:text="|Hello ${name}|">x</span>
                    <span th:text="${address} ?: '—'">y</span>
                    <span th:text="${type.name() == 'PUSKESMAS'} ? #{a.key} : #{args.key(${n})}">z</span>
                    <span th:text="#{'Colour.' + ${colour}}">dynamic</span>
                    <span th:text="#{unknown.key}">u</span>
                    <form data-confirm="Really delete?" th:action="@{/x}"></form>
                    <script>alert(1)</script>
                    <div th:text="#{a.key}" style="color: red" onclick="go()"></div>
                    <label for="named" th:text="#{a.key}">l</label><input type="text" id="named" name="named">
                    <input type="text" id="orphan" name="orphan">
                    <select name="nothing"></select>
                    <input type="hidden" name="sort">
                </div>
                </body>
                </html>
                """);
        write(java.resolve("x/ThingController.java"), """
                class ThingController {
                    String save(BindingResult result, RedirectAttributes redirect, boolean big) {
                        result.rejectValue("name", "java.missing.key");
                        result.rejectValue("name", "a.key");
                        redirect.addFlashAttribute("success", "flash.missing");
                        throw new ThingRuleException("size", big ? "rule.tooBig" : "a.key");
                    }
                }
                """);
        checks = new TemplateChecks(resources, java);
    }

    @Test
    void findsKeysMissingFromOneLanguageDuplicatesEmptyValuesAndArgumentMismatches() {
        assertThat(checks.messageFileProblems()).containsExactlyInAnyOrder(
                "messages.properties: key 'dup.key' is defined more than once",
                "messages.properties: key 'empty.value' has an empty value",
                "messages_en.properties: key 'empty.value' has an empty value",
                "messages_en.properties: key 'quote.key' has arguments and a single quote; write '' or MessageFormat swallows it",
                "messages_en.properties: key 'doubled.key' has no arguments, so '' is shown doubled; write a single quote",
                "messages_en.properties: missing key 'only.default' (it is in messages.properties)",
                "messages.properties: missing key 'only.english' (it is in messages_en.properties)",
                "key 'args.key' uses arguments [{0}] in messages.properties but [] in messages_en.properties");
    }

    @Test
    void findsHardCodedTextAndIgnoresWhatTheTemplateEngineReplaces() {
        List<String> problems = checks.hardCodedTextProblems();
        assertThat(problems).containsExactlyInAnyOrder(
                "things/page.html:6: text 'Hard-coded heading' is not from the message files",
                "things/page.html:12: attribute alt=\"Logo of the office\" on <img> is not from the message files",
                "things/page.html:13: attribute placeholder=\"Search here\" on <input> is not from the message files",
                "things/page.html:13: attribute aria-label=\"Search\" on <input> is not from the message files",
                "things/page.html:14: attribute value=\"Send\" on <input> is not from the message files",
                "things/page.html:15: attribute title=\"Go home\" on <a> is not from the message files",
                "things/page.html:16: th:text on <span> has the literal text 'Literal text'; use #{...}",
                "things/page.html:17: th:text on <span> has the literal text 'Hello '; use #{...}",
                "things/page.html:22: attribute data-confirm=\"Really delete?\" on <form> is not from the message files");
    }

    @Test
    void findsMessageKeysUsedInTemplatesJavaAndEnumLabelsThatDoNotExist() {
        assertThat(checks.unknownKeyProblems(List.of(Colour.class))).containsExactlyInAnyOrder(
                "messages.properties: missing key 'unknown.key' used in things/page.html:21",
                "messages_en.properties: missing key 'unknown.key' used in things/page.html:21",
                "messages.properties: missing key 'java.missing.key' used in x/ThingController.java",
                "messages_en.properties: missing key 'java.missing.key' used in x/ThingController.java",
                "messages.properties: missing key 'flash.missing' used in x/ThingController.java",
                "messages_en.properties: missing key 'flash.missing' used in x/ThingController.java",
                "messages.properties: missing key 'rule.tooBig' used in x/ThingController.java",
                "messages_en.properties: missing key 'rule.tooBig' used in x/ThingController.java",
                "messages.properties: missing key 'Colour.GREEN' used in enum " + Colour.class.getName(),
                "messages_en.properties: missing key 'Colour.GREEN' used in enum " + Colour.class.getName());
    }

    @Test
    void findsInlineScriptsStylesAndEventHandlers() {
        assertThat(checks.contentSecurityPolicyProblems()).containsExactlyInAnyOrder(
                "things/page.html:23: <script> is an inline script; put it in static/js/app.js",
                "things/page.html:24: <div> has a style attribute; use a CSS class",
                "things/page.html:24: <div> has an event handler onclick; use static/js/app.js");
    }

    @Test
    void findsFormFieldsWithoutLabel() {
        assertThat(checks.unlabelledFieldProblems()).containsExactlyInAnyOrder(
                "things/page.html:26: field 'orphan' has no <label for=\"orphan\">",
                "things/page.html:27: <select> has no id for a label and no aria-label");
    }

    @Test
    void splitsLiteralsAndKeysOutOfExpressions() {
        assertThat(TemplateChecks.textLiterals("#{login.title} + ' · ' + #{app.name}")).isEmpty();
        assertThat(TemplateChecks.textLiterals("#{'error.' + ${key} + '.title'}")).isEmpty();
        assertThat(TemplateChecks.textLiterals("${a} + ' items'")).containsExactly(" items");
        assertThat(TemplateChecks.literalKeys("#{login.locked(${lockMinutes})} #{'Role.' + ${r}} #{${success}}"))
                .containsExactly("login.locked");
        assertThat(TemplateChecks.javaArguments("x.rejectValue(e.field(), \"a,b\", args)", 13))
                .containsExactly("e.field()", "\"a,b\"", "args");
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
