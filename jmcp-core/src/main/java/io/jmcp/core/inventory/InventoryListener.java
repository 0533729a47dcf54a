package io.jmcp.core.inventory;

/** Told of every inventory swap, after it happened; e.g. the session pool closing stale sessions. */
@FunctionalInterface
public interface InventoryListener {
    void inventoryChanged(Inventory current, InventoryChange change);
}
