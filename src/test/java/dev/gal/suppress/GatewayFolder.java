package dev.gal.suppress;

import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A repository's gateway/ folder with two configs: orders.yaml (an error, a
 * warning and an info finding) and pets.yaml (the PetStore example, five).
 */
record GatewayFolder(Path orders, Path pets) {
  static GatewayFolder copyInto(Path repo) throws IOException {
    GatewayFolder gateway = new GatewayFolder(repo.resolve("gateway/orders.yaml"), repo.resolve("gateway/pets.yaml"));
    Files.createDirectories(gateway.orders().getParent());
    Files.copy(TestSupport.root().resolve("fixtures/cli/inputs/timeout-30000.yaml"), gateway.orders());
    Files.copy(TestSupport.root().resolve("examples/petstore.yaml"), gateway.pets());
    return gateway;
  }
}
