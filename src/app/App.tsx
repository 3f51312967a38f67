import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Tooltip } from 'radix-ui';
import { Router } from 'wouter';
import { Layout } from './Layout';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Tooltip.Provider delayDuration={400}>
        <Router>
          <Layout />
        </Router>
      </Tooltip.Provider>
    </QueryClientProvider>
  );
}
