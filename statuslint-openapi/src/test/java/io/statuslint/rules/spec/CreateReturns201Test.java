package io.statuslint.rules.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Rule;
import org.junit.jupiter.api.Test;

class CreateReturns201Test extends SpecRuleContract {

  @Override
  Rule rule() {
    return new CreateReturns201();
  }

  @Test
  void suggests201AndSaysWhyItThinksTheOperationCreates() {
    SpecFixtures.Linted linted = SpecFixtures.lint("rules/create-returns-201.v30.yaml", rule());
    Finding byLocation = linted.only("create-returns-201", "/paths/~1pets~1by-location/post");
    assertThat(byLocation.message()).contains("200 declares Location");
    assertThat(byLocation.suggestion().code()).isEqualTo(201);
    assertThat(linted.only("create-returns-201", "/paths/~1pets~1by-summary/post").message())
        .contains("Add a pet");
  }

  @Test
  void readsTheFirstWordOfAnOperationId() {
    assertThat(CreateReturns201.firstWordOfIdentifier("createPet")).isEqualTo("create");
    assertThat(CreateReturns201.firstWordOfIdentifier("create_pet")).isEqualTo("create");
    assertThat(CreateReturns201.firstWordOfIdentifier("pets/create-pet")).isEqualTo("create");
    assertThat(CreateReturns201.firstWordOfIdentifier("Pets.AddPet")).isEqualTo("add");
    assertThat(CreateReturns201.firstWordOfIdentifier("newsletterSignup")).isEqualTo("newsletter");
    assertThat(CreateReturns201.firstWordOfIdentifier("URLShorten")).isEqualTo("u");
    assertThat(CreateReturns201.firstWordOfIdentifier("")).isNull();
    assertThat(CreateReturns201.firstWordOfText("  Register a user")).isEqualTo("register");
    assertThat(CreateReturns201.firstWordOfText("Addresses")).isEqualTo("addresses");
  }
}
