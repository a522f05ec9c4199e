@NullMarked
package app.goodenough.clients.ui;

import org.jspecify.annotations.NullMarked;
